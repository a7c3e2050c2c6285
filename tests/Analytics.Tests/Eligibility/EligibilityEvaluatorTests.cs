using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Eligibility;

public class EligibilityEvaluatorTests
{
    private static readonly EligibilityEngine Engine = EligibilityEngine.LoadDefault();

    private static List<(string, string, string, bool, decimal, string)> Rows(EligibilityEvaluator evaluator, OperationData data)
    {
        var rows = new List<(string, string, string, bool, decimal, string)>();
        foreach (var row in evaluator.Evaluate(data))
            rows.Add((evaluator.RowId(row), evaluator.ParticipantId(row), row.ProgrammeId, row.Eligible, row.AidEur,
                string.Join('|', row.ReasonCodes)));
        return rows;
    }

    private static List<(string, string, string, bool, decimal, string)> Decided(OperationData data) =>
        [.. Engine.Decide(data).Select(r => (r.DossierId, r.ParticipantId, r.Programme, r.Eligible, r.AidEur, string.Join('|', r.Reasons)))];

    [Fact]
    public void Evaluate_ReturnsTheRowsOfDecide_WhenReusedAcrossOperations()
    {
        var evaluator = new EligibilityEvaluator(Engine);
        var large = GeneratedOperation.Create(400);
        var small = GeneratedOperation.Create(50);
        Assert.Equal(Decided(large), Rows(evaluator, large));
        Assert.Equal(Decided(small), Rows(evaluator, small));
        Assert.Equal(Decided(large), Rows(evaluator, large));
    }

    [Fact]
    public void Evaluate_AllocatesNothing_WhenTheEvaluatorIsWarm()
    {
        var evaluator = new EligibilityEvaluator(Engine);
        var large = GeneratedOperation.Create(3_000);
        var small = GeneratedOperation.Create(1_000);
        var rows = evaluator.Evaluate(large).Length;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = evaluator.Evaluate(large).Length;
        var smaller = evaluator.Evaluate(small).Length;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(rows, again);
        Assert.True(smaller > 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Evaluate_KeepsTheOutputOrder_WhenInputsAreUnsortedAndDatesFarApart()
    {
        var data = GeneratedOperation.Create(300);
        // A dossier decades before every rule period: it yields no row, but its date makes the day range too wide for
        // the counting sort, so the evaluation order comes from the comparison sort; the ids come unsorted.
        var early = data.Dossiers[0] with { DossierId = "D000000-ancien", StartDate = new DateOnly(1990, 7, 1), EndDate = new DateOnly(1990, 7, 8) };
        var shuffled = data with { Dossiers = [.. data.Dossiers.Reverse(), early], Participants = [.. data.Participants.Reverse()] };
        Assert.Equal(Decided(data), Rows(new EligibilityEvaluator(Engine), shuffled));
    }
}
