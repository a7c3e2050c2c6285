using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Eligibility;

public class EligibilityEngineTests
{
    private static readonly EligibilityEngine Engine = EligibilityEngine.LoadDefault();

    /// <summary>A deterministic mixed operation: ANCV 2026 and CAF 35 2023 stays, families, seniors, young people.</summary>
    private static OperationData Generated(int dossiers)
    {
        var random = new Random(7);
        var list = new List<Dossier>(dossiers);
        var people = new List<Participant>(dossiers * 3);
        for (var d = 0; d < dossiers; d++)
        {
            var caf = d % 3 == 0;
            var start = caf ? new DateOnly(2023, 4, 1).AddDays(random.Next(200)) : new DateOnly(2026, 1, 1).AddDays(random.Next(360));
            var id = $"D{d:D6}";
            list.Add(new Dossier
            {
                DossierId = id, Operation = "gen", CommuneInsee = caf ? "35238" : "62065", Dispositif = Dispositif.Individuel,
                StartDate = start, EndDate = start.AddDays(1 + random.Next(12)), Board = Board.Half,
                LodgingEur = 100 + random.Next(1500), MealsEur = random.Next(400), TransportEur = random.Next(200), ActivitiesEur = random.Next(150),
                QfEur = random.Next(1200), RfrEur = random.Next(40000), TaxParts = 1 + random.Next(6) * 0.5m, RniEur = random.Next(40000),
                Couple = random.Next(2) == 0, CafAllocataire = true, DependentChildren = 1, DuringSchoolHolidays = true,
                OtherFunderRequested = random.Next(4) > 0, SocialSupport = random.Next(3) == 0, ConventionedStructure = true,
                PublicPriceEur = random.Next(3) == 0 ? 1500 : null, Offer = random.Next(4) == 0 ? SeniorsOffer.SevenNights : null,
                HouseholdId = $"H{random.Next(dossiers)}", DistanceKm = random.Next(800),
            });
            var size = 1 + random.Next(4);
            for (var p = 0; p < size; p++)
                people.Add(new Participant
                {
                    ParticipantId = $"P{random.Next(dossiers * 2)}", DossierId = id, DeclaredAge = p == 0 ? 18 + random.Next(60) : random.Next(20),
                    Role = p == 0 ? ParticipantRole.Adult : ParticipantRole.Child, RetiredOrInactive = random.Next(2) == 0,
                });
        }
        return new OperationData { Config = new OperationConfig { Id = "gen", Name = "gen", Year = 2026 }, Dossiers = list, Participants = people };
    }

    [Fact]
    public void Decide_ReturnsEvaluateRowsWithoutExplanations_WhenGivenTheSameOperation()
    {
        var data = Generated(300);
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
        var small = Generated(2_000);
        var large = Generated(4_000);
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
        var data = Generated(500);
        var reversed = data with { Dossiers = [.. data.Dossiers.Reverse()], Participants = [.. data.Participants.Reverse()] };
        var a = Engine.Evaluate(data).Select(r => (r.DossierId, r.ParticipantId, r.Programme, r.Eligible, r.AidEur)).ToList();
        var b = Engine.Evaluate(reversed).Select(r => (r.DossierId, r.ParticipantId, r.Programme, r.Eligible, r.AidEur)).ToList();
        Assert.Equal(a, b);
    }

    [Fact]
    public void Evaluate_AgreesWithTheHotPath_OnEveryRow()
    {
        var data = Generated(300);
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
        var results = Engine.Evaluate(Generated(60));
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Explanation)));
        Assert.Contains(results, r => r.Programme == "caf35.avf" && r.Eligible && r.Explanation.Contains("(CAF 35, AVF, I-21)"));
        Assert.All(results.Where(r => !r.Eligible), r => Assert.Equal(0m, r.AidEur));
        Assert.All(results.Where(r => r.Eligible), r => Assert.True(r.AidEur > 0));
    }

    [Fact]
    public void Explain_BuildsTheTraceOfOneDossierOnly_WhenAsked()
    {
        var data = Generated(60);
        var results = Engine.Explain(data, "D000003");
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("D000003", r.DossierId));
        Assert.All(results, r => Assert.Contains(r.Programme, r.Explanation));
    }
}
