using System.Globalization;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;
using Vacances.TestSupport;

namespace Vacances.Analytics.Tests.Survey;

/// <summary>
/// The R reference fixtures of <c>Fixtures/</c>: responses, margins, the estimate cases and what R's survey package
/// computed for them (<c>make-fixtures.R</c> regenerates <c>expected.csv</c>; the tests need no R).
/// </summary>
internal static class ReferenceFixtures
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Analytics.Tests", "Survey", "Fixtures");

    public static SurveyTable Responses()
    {
        var rows = Read("responses.csv");
        return new SurveyTable(rows[0], rows.Skip(1).Select(r => r.Select(c => (string?)c).ToArray()).ToList());
    }

    public static PopulationMargins Margins() =>
        new(Records("margins.csv").Select(r => new MarginCount(r["variable"], r["category"], double.Parse(r["count"], CultureInfo.InvariantCulture))));

    public static IReadOnlyList<Dictionary<string, string>> Cases() => Records("cases.csv");

    public static Dictionary<string, string> Expected(string id) => Records("expected.csv").Single(r => r["id"] == id);

    public static IEnumerable<object[]> CaseIds(string kind) => Cases().Where(c => c["kind"] == kind).Select(c => new object[] { c["id"] });

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static List<string[]> Read(string file) =>
        File.ReadAllLines(Path.Combine(Folder, file)).Where(l => l.Length > 0).Select(l => l.Split(';')).ToList();

    private static List<Dictionary<string, string>> Records(string file)
    {
        var rows = Read(file);
        return rows.Skip(1).Select(r => rows[0].Select((h, i) => (h, v: i < r.Length ? r[i] : "")).ToDictionary(x => x.h, x => x.v)).ToList();
    }
}
