using Vacances.Analytics.Eligibility;
using Vacances.TestSupport;

namespace Vacances.Analytics.Tests.Eligibility;

/// <summary>
/// Runs every case of <c>Cases/*.yaml</c> (written from seeds 003 and 004 and INTERPRETATIONS.md) through the engine.
/// </summary>
public class EligibilityCasesTests
{
    private static readonly EligibilityEngine Engine = EligibilityEngine.LoadDefault();

    private static string CasesFolder => Path.Combine(RepositoryPaths.Root, "tests", "Analytics.Tests", "Eligibility", "Cases");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(CasesFolder, "*.yaml").Order(StringComparer.Ordinal))
            foreach (var c in EligibilityCaseReader.ReadFile(file))
                data.Add(c.File, c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_GivesTheExpectedRows_ForEachCase(string file, string name)
    {
        var c = EligibilityCaseReader.ReadFile(Path.Combine(CasesFolder, file)).Single(x => x.Name == name);
        var results = Engine.Evaluate(c.Data);
        foreach (var expected in c.Expectations)
        {
            var rows = results.Where(r => r.Programme == expected.Programme && r.DossierId == expected.DossierId && r.ParticipantId == expected.ParticipantId).ToList();
            if (expected.Absent)
            {
                Assert.True(rows.Count == 0, $"{expected}: aucune ligne attendue ({c.Source})");
                continue;
            }
            var row = Assert.Single(rows);
            var context = $"{expected} ({c.Source}) — {string.Join('|', row.Reasons)} — {row.Explanation}";
            Assert.True(expected.Eligible == row.Eligible, $"éligibilité attendue {expected.Eligible} : {context}");
            Assert.True(expected.AidEur == row.AidEur, $"montant attendu {expected.AidEur} obtenu {row.AidEur} : {context}");
            foreach (var reason in expected.Reasons)
                Assert.True(row.Reasons.Contains(reason), $"raison {reason} attendue : {context}");
        }
    }

    [Fact]
    public void Cases_AreAtLeastTwoHundred_WhenCounted()
    {
        Assert.True(Cases().Count() >= 200);
    }
}
