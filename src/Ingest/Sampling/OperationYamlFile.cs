using System.Globalization;
using System.Text;
using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// <c>operation.yaml</c> (DESIGN §3.0, the schema of the common brief): snake_case keys, every string double-quoted,
/// dispositifs and funders in the profile's order.
/// </summary>
internal static class OperationYamlFile
{
    public const string Name = "operation.yaml";

    public static void Write(string directory, OperationConfig config)
    {
        var y = new StringBuilder();
        y.Append("id: ").AppendLine(Quote(config.Id));
        y.Append("name: ").AppendLine(Quote(config.Name));
        y.Append("year: ").AppendLine(config.Year.ToString(CultureInfo.InvariantCulture));
        y.AppendLine("territory:");
        y.Append("  epci: ").AppendLine(List(config.TerritoryEpci));
        y.Append("  departements: ").AppendLine(List(config.TerritoryDepartements));
        y.Append("rule_sets: ").AppendLine(List(config.RuleSets));
        y.AppendLine("dispositifs:");
        foreach (var (dispositif, programmes) in config.DispositifProgrammes)
            y.Append("  ").Append(dispositif).Append(": ").AppendLine(List(programmes));
        y.Append("stacking_order: ").AppendLine(List(config.StackingOrder));
        y.AppendLine("funders:");
        foreach (var f in config.Funders)
            y.Append("  - { code: ").Append(Quote(f.Code)).Append(", name: ").Append(Quote(f.Name)).Append(", kind: ").Append(Quote(f.Kind)).AppendLine(" }");
        y.Append("small_cell_threshold: ").AppendLine(config.SmallCellThreshold.ToString(CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(directory, Name), y.ToString().ReplaceLineEndings("\n"), new UTF8Encoding(false));
    }

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
