using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Referential;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Indicators;

/// <summary>
/// A hand-computed operation for the catalogue tests (expected values worked out in each test's comment).
/// D1 62065 individuel 2026-07-04 7 n, dest 29, QF 500, couple: P1 adult 40 employe first, P2 adult 38 ouvrier not
/// first, P3 child 10. D2 62065 sejour_commun 2026-08-24 6 n, dest 14, QF 800, not a couple: P4 adult 30 employe
/// first, P5 adult 17 etudiant, P6 child turning 18 on the first day, employe. D3 62498 individuel 2026-07-15 4 n,
/// Spain: P7 adult of unknown age employe not first, P8 adult 50 unknown pcs. D4 62498 bsv 2026-05-02 3 n, nobody.
/// </summary>
internal static class IndicatorFixture
{
    public static readonly IReadOnlyDictionary<string, CommunePopulation> Communes = new Dictionary<string, CommunePopulation>
    {
        ["62065"] = new("62065", "Avion", 1000, "200000001", "62", false),
        ["62498"] = new("62498", "Lens", 3000, "200000001", "62", false),
        ["62999"] = new("62999", "Sans départ", 500, "200000001", "62", false),
        ["59350"] = new("59350", "Hors territoire", 100, "200000002", "59", false),
    };

    public static OperationBuilder Builder()
    {
        var b = new OperationBuilder();
        b.Config = b.Config with { TerritoryEpci = ["200000001"] };
        return b
            .Dossier("D1", cost: 1000m, start: "2026-07-04", nights: 7,
                with: d => d with { DestinationInsee = "29019", QfEur = 500m, Couple = true })
            .Dossier("D2", cost: 600m, dispositif: Dispositif.SejourCommun, start: "2026-08-24", nights: 6,
                with: d => d with { DestinationInsee = "14118", QfEur = 800m, Couple = false })
            .Dossier("D3", cost: 400m, commune: "62498", start: "2026-07-15", nights: 4, with: d => d with { DestinationCountry = "ES" })
            .Dossier("D4", cost: 300m, commune: "62498", dispositif: Dispositif.Bsv, start: "2026-05-02", nights: 3)
            .Participant("P1", "D1", 40, pcs: Pcs.Employe, firstDeparture: true)
            .Participant("P2", "D1", 38, pcs: Pcs.Ouvrier, firstDeparture: false)
            .Participant("P3", "D1", 10, ParticipantRole.Child)
            .Participant("P4", "D2", 30, pcs: Pcs.Employe, firstDeparture: true)
            .Participant("P5", "D2", 17, pcs: Pcs.Etudiant)
            .Participant("P6", "D2", null, ParticipantRole.Child, Pcs.Employe, with: p => p with { BirthDate = new DateOnly(2008, 8, 24) })
            .Participant("P7", "D3", null, pcs: Pcs.Employe, firstDeparture: false)
            .Participant("P8", "D3", 50)
            .Pro("A", "referent", "2026-02", 10m, 20m)
            .Pro("A", "referent", "2026-03", 20m, 30m)
            .Pro("B", "coordinatrice", "2026-02", 5m, 50m, commune: "62498")
            .Aid("D1", "caf62.vacaf", "caf62", 300m)
            .Aid("D1", "commune.aide_locale", "commune:62065", 50.5m)
            .Aid("D2", "ancv.apv", "ancv", 200m)
            .Result("D3", "ancv.apv", 160m, "P7").Result("D3", "ancv.apv", 160m, "P8");
    }

    public static IReadOnlyList<IndicatorValue> Compute(OperationBuilder? builder = null)
    {
        builder ??= Builder();
        var data = builder.Build();
        var flows = AidFlowReconstruction.Reconstruct(data, builder.Results);
        return IndicatorCatalogue.Default.Compute(new IndicatorInputs(data, flows, Communes));
    }

    public static IndicatorValue Get(this IReadOnlyList<IndicatorValue> values, string id, string dimension = "total", string category = "") =>
        values.Single(v => v.IndicatorId == id && v.Dimension == dimension && v.Category == category);

    public static (decimal Numerator, decimal? Denominator, decimal? Value) Nd(this IndicatorValue v) => (v.Numerator, v.Denominator, v.Value);
}
