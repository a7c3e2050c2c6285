using System.Globalization;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Referential;
using Vacances.TestSupport;

namespace Vacances.Analytics.Tests.Indicators;

/// <summary>
/// The committed sample <c>data-samples/nrpp-2026</c>: the core indicators equal a computation written straight from
/// DESIGN §5 on the raw CSV text (no shared code), and the flows reconcile with <c>aids.csv</c> to the cent.
/// </summary>
public class CommittedSampleTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.DataSamples, "nrpp-2026");
    private static readonly Lazy<(IReadOnlyList<IndicatorValue> Values, AidFlowResult Flows)> Computed = new(Compute);

    private static (IReadOnlyList<IndicatorValue>, AidFlowResult) Compute()
    {
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-test-echantillon-nrpp");
        var data = OperationFolder.Load(Folder);
        var flows = AidFlowReconstruction.Reconstruct(data, EligibilityEngine.LoadDefault().Evaluate(data));
        var communes = CommuneReferential.Default.All.ToDictionary(c => c.Code, StringComparer.Ordinal);
        return (IndicatorCatalogue.Default.Compute(new IndicatorInputs(data, flows, communes)), flows);
    }

    private static List<Dictionary<string, string>> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file));
        var header = lines[0].Split(';');
        return lines.Skip(1).Select(l => header.Zip(l.Split(';')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    private static decimal Num(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Compute_MatchesAnIndependentReadingOfDesign5_OnTheCommittedSample()
    {
        var dossiers = Read("dossiers.csv").ToDictionary(d => d["dossier_id"]);
        var participants = Read("participants.csv");
        var pros = Read("professionals.csv");
        var values = Computed.Value.Values;

        int adults = 0, employes = 0, ouvriers = 0, firstKnown = 0, first = 0;
        long nights = 0;
        foreach (var p in participants)
        {
            var d = dossiers[p["dossier_id"]];
            var start = Date(d["start_date"]);
            nights += Date(d["end_date"]).DayNumber - start.DayNumber;
            if (p["first_departure"].Length > 0) { firstKnown++; if (p["first_departure"] == "true") first++; }
            var birth = Date(p["birth_date"]);
            var age = start.Year - birth.Year - (start < birth.AddYears(start.Year - birth.Year) ? 1 : 0);
            if (age < 18 || p["pcs"].Length == 0) continue;
            adults++;
            if (p["pcs"] == "employe") employes++;
            if (p["pcs"] == "ouvrier") ouvriers++;
        }

        Assert.Equal(dossiers.Count, values.Get("departs.dossiers").Value);
        Assert.Equal(participants.Count, values.Get("departs.personnes").Value);
        Assert.Equal(nights, values.Get("departs.nuitees").Value);
        Assert.Equal((employes, adults), ((int)values.Get("public.part_employes").Numerator, (int)values.Get("public.part_employes").Denominator!));
        Assert.Equal((ouvriers, adults), ((int)values.Get("public.part_ouvriers").Numerator, (int)values.Get("public.part_ouvriers").Denominator!));
        Assert.Equal((first, firstKnown), ((int)values.Get("public.premiers_departs").Numerator, (int)values.Get("public.premiers_departs").Denominator!));
        var distinctPros = pros.Select(p => p["pro_id"]).Distinct().Count();
        Assert.Equal(Math.Round(pros.Sum(p => Num(p["hours_direct"])) / distinctPros, 6), values.Get("pros.heures_directes_moyenne").Value);
        Assert.Equal(Math.Round(pros.Sum(p => Num(p["hours_total"])) / distinctPros, 6), values.Get("pros.heures_totales_moyenne").Value);
    }

    [Fact]
    public void Reconstruct_ReconcilesRecordedFlowsWithAidsCsv_ToTheCent()
    {
        var aids = Read("aids.csv").Sum(a => Num(a["amount_eur"]));
        var (values, flows) = Computed.Value;

        Assert.Equal(aids, flows.Flows.Where(f => !f.Estimated).Sum(f => f.AmountEur));
        Assert.Equal(aids, values.Get("flux.enregistre_eur").Value);
        Assert.Equal(flows.Flows.Sum(f => f.AmountEur), values.Get("flux.total_eur").Value);
        Assert.True(flows.Totals.Reconciles);
    }
}
