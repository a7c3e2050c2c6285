using System.Globalization;
using System.Text;

namespace Vacances.Analytics.Quality;

/// <summary>
/// The French text of the quality report for staff: one line per rule (anomalies out of records checked), then the
/// anomalies row by row, at most <c>maxPerRule</c> per rule with the count of the others.
/// </summary>
public static class QualityReportText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Render(QualityReport report, string operationName, int maxPerRule = 20)
    {
        var text = new StringBuilder();
        var total = report.Violations.Count;
        text.AppendLine($"Rapport de qualité des données — {operationName}");
        text.AppendLine($"{Count(report.Rules.Count)} règles vérifiées, {Plural(total, "anomalie", "anomalies")}.");
        text.AppendLine();
        foreach (var rule in report.Rules)
        {
            var line = $"- {rule.Label} : {Plural(rule.Violations, "anomalie", "anomalies")} sur {Count(rule.Checked)} {EntityPlural(rule.Entity, rule.Checked)} vérifié{(rule.Entity == "aide" ? "e" : "")}{(rule.Checked > 1 ? "s" : "")}";
            if (rule.Skipped > 0) line += $" ({Count(rule.Skipped)} sans valeur, non vérifiés)";
            text.AppendLine(line + ".");
        }
        foreach (var rule in report.Rules.Where(r => r.Violations > 0))
        {
            text.AppendLine();
            text.AppendLine($"{rule.Label} — {Plural(rule.Violations, "anomalie", "anomalies")} :");
            var shown = 0;
            foreach (var v in report.Violations.Where(v => v.RuleId == rule.RuleId).Take(maxPerRule))
            {
                text.AppendLine($"  {v.Entity} {v.EntityId} : {v.Message}");
                shown++;
            }
            if (rule.Violations > shown) text.AppendLine($"  … et {Count(rule.Violations - shown)} autres.");
        }
        return text.ToString();
    }

    private static string Count(int n) => n.ToString("N0", French);

    private static string Plural(int n, string one, string many) => $"{Count(n)} {(n > 1 ? many : one)}";

    private static string EntityPlural(string entity, int n) => n > 1
        ? entity switch { "professionnel" => "mois de professionnels", _ => entity + "s" }
        : entity switch { "professionnel" => "mois de professionnel", _ => entity };
}
