using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Eligibility;

public class EligibilityEngineTests
{
    private static readonly EligibilityEngine Engine = EligibilityEngine.LoadDefault();

    [Fact]
    public void Decide_ReturnsEvaluateRowsWithoutExplanations_WhenGivenTheSameOperation()
    {
        var data = GeneratedOperation.Create(300);
        var explained = Engine.Evaluate(data);
        var decided = Engine.Decide(data);
        Assert.Equal(explained.Count, decided.Count);
        for (var i = 0; i < decided.Count; i++)
        {
            Assert.Equal(explained[i] with { Explanation = "" }, decided[i] with { Reasons = explained[i].Reasons });
            Assert.Equal(explained[i].Reasons, decided[i].Reasons);
        }
        Assert.All(decided, r => Assert.Equal("", r.Explanation));
        Assert.Contains(explained, r => r.Explanation.Length > 0);
    }

    [Fact]
    public void Run_AllocatesNothingPerRowBeyondTheRowArrays_WhenExplanationsAreOff()
    {
        var small = GeneratedOperation.Create(2_000);
        var large = GeneratedOperation.Create(4_000);
        Engine.Run(small);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var smallRows = Engine.Run(small).Rows.Length;
        var smallBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var largeRows = Engine.Run(large).Rows.Length;
        var largeBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        var bytesPerExtraRow = (double)(largeBytes - smallBytes) / (largeRows - smallRows);
        // The rows themselves live in one pre-sized buffer (at most 7 rows per participant and 3 per dossier are
        // reserved); the once-a-year and yearly-limit tables add an entry per person. Nothing else may grow per row.
        var budget = 2.5 * System.Runtime.CompilerServices.Unsafe.SizeOf<ResultRow>();
        Assert.True(bytesPerExtraRow < budget, $"{bytesPerExtraRow:F0} octets par ligne supplémentaire (budget {budget:F0})");
    }

    [Fact]
    public void Evaluate_IsDeterministic_WhenInputOrderChanges()
    {
        var data = GeneratedOperation.Create(500);
        var reversed = data with { Dossiers = [.. data.Dossiers.Reverse()], Participants = [.. data.Participants.Reverse()] };
        var a = Engine.Evaluate(data).Select(r => (r.DossierId, r.ParticipantId, r.Programme, r.Eligible, r.AidEur)).ToList();
        var b = Engine.Evaluate(reversed).Select(r => (r.DossierId, r.ParticipantId, r.Programme, r.Eligible, r.AidEur)).ToList();
        Assert.Equal(a, b);
    }

    [Fact]
    public void Evaluate_AgreesWithTheHotPath_OnEveryRow()
    {
        var data = GeneratedOperation.Create(300);
        var slow = Engine.Evaluate(data);
        var fast = Engine.Run(data);
        Assert.Equal(slow.Count, fast.Rows.Length);
        for (var i = 0; i < slow.Count; i++)
        {
            Assert.Equal(slow[i].Eligible, fast.Rows[i].Outcome.Eligible);
            Assert.Equal(slow[i].AidEur, fast.Rows[i].Outcome.AidEur);
        }
    }

    [Fact]
    public void Evaluate_ExplainsEveryRow_CitingTheRuleAndItsValues()
    {
        var results = Engine.Evaluate(GeneratedOperation.Create(60));
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Explanation)));
        Assert.Contains(results, r => r.Programme == "caf35.avf" && r.Eligible && r.Explanation.Contains("(CAF 35, AVF, I-21)"));
        Assert.All(results.Where(r => !r.Eligible), r => Assert.Equal(0m, r.AidEur));
        Assert.All(results.Where(r => r.Eligible), r => Assert.True(r.AidEur > 0));
    }

    [Fact]
    public void Explain_BuildsTheTraceOfOneDossierOnly_WhenAsked()
    {
        var data = GeneratedOperation.Create(60);
        var results = Engine.Explain(data, "D000003");
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("D000003", r.DossierId));
        Assert.All(results, r => Assert.Contains(r.Programme, r.Explanation));
    }
}
