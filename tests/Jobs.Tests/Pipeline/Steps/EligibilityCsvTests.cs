using Vacances.Jobs.Pipeline.Steps;

namespace Vacances.Jobs.Tests.Pipeline.Steps;

/// <summary>The merged results read back one row at a time (DESIGN §4.3 columns), and counted on the way.</summary>
public sealed class EligibilityCsvTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    private void Write(params string[] rows) => File.WriteAllText(_file,
        "dossier_id;participant_id;programme;eligible;aid_eur;reasons\n" + string.Concat(rows.Select(r => r + "\n")));

    [Fact]
    public void Stream_ReadsEveryRowInFileOrder_WithProgrammesAndReasonListsShared()
    {
        Write("D1;P1;ancv.apv;false;0.00;ressources_inconnues|duree_sejour",
            "D1;P2;ancv.apv;true;250.50;",
            "D2;;ancv.bsv;false;0.00;ressources_inconnues|duree_sejour");

        var rows = EligibilityCsv.Stream(_file).ToList();

        Assert.Equal(["D1", "D1", "D2"], rows.Select(r => r.DossierId));
        Assert.Equal(["P1", "P2", ""], rows.Select(r => r.ParticipantId));
        Assert.Equal([false, true, false], rows.Select(r => r.Eligible));
        Assert.Equal([0m, 250.50m, 0m], rows.Select(r => r.AidEur));
        Assert.Equal(["ressources_inconnues", "duree_sejour"], rows[0].Reasons);
        Assert.Empty(rows[1].Reasons);
        Assert.Same(rows[0].Programme, rows[1].Programme);
        Assert.Same(rows[0].Reasons, rows[2].Reasons);
    }

    [Fact]
    public void Counting_TalliesEachRowItPassesOn_WhenAnotherConsumerReadsTheStream()
    {
        Write("D1;P1;ancv.apv;false;0.00;duree_sejour", "D1;P2;ancv.apv;true;100.00;", "D2;;local.x;true;10.00;");
        var tallies = new ProgrammeTallies();

        var passed = tallies.Counting(EligibilityCsv.Stream(_file)).Count();

        var summaries = tallies.Summaries(Vacances.Analytics.Eligibility.EligibilityEngine.LoadDefault().Book);
        Assert.Equal(3, passed);
        Assert.Equal([("ancv.apv", 2, 1, 100m), ("local.x", 1, 1, 10m)],
            summaries.Select(s => (s.ProgrammeId, s.Evaluated, s.Eligible, s.EligibleAmountEur)));
    }
}
