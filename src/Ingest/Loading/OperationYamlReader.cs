using Vacances.Ingest.Errors;
using Vacances.Ingest.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vacances.Ingest.Loading;

/// <summary>
/// Parses <c>operation.yaml</c> (DESIGN §3.0, schema in the common brief): snake_case keys <c>id</c>, <c>name</c>,
/// <c>year</c>, <c>territory</c> (<c>epci</c>, <c>departements</c>), <c>rule_sets</c>, <c>dispositifs</c>
/// (dispositif → programme ids), <c>stacking_order</c>, <c>funders</c> (<c>code</c>, <c>name</c>, <c>kind</c>),
/// <c>small_cell_threshold</c>. Unknown keys are ignored; a missing id, name or year refuses the file.
/// </summary>
public static class OperationYamlReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static OperationConfig Read(string path, string displayName)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new InvalidInputException(displayName, e.Start.Line, null, $"YAML invalide ({e.Message}) : fichier refusé");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new InvalidInputException(displayName, null, null, "document YAML vide ou qui n'est pas une table : fichier refusé");
        var territory = Child(root, "territory") as YamlMappingNode;
        var yearText = Scalar(root, "year") ?? Missing(displayName, "year");
        if (!int.TryParse(yearText, out var year) || year is < 1900 or > 2200)
            throw new InvalidInputException(displayName, null, "year", $"année « {yearText} » invalide : fichier refusé");
        var threshold = Scalar(root, "small_cell_threshold");
        return new OperationConfig
        {
            Id = Scalar(root, "id") ?? Missing(displayName, "id"),
            Name = Scalar(root, "name") ?? Missing(displayName, "name"),
            Year = year,
            TerritoryEpci = territory is null ? [] : List(territory, "epci"),
            TerritoryDepartements = territory is null ? [] : List(territory, "departements"),
            RuleSets = List(root, "rule_sets"),
            DispositifProgrammes = Child(root, "dispositifs") is YamlMappingNode dispositifs
                ? dispositifs.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => Strings(p.Value))
                : new Dictionary<string, IReadOnlyList<string>>(),
            StackingOrder = List(root, "stacking_order"),
            Funders = Child(root, "funders") is YamlSequenceNode funders
                ? funders.Children.OfType<YamlMappingNode>().Select(f => new FunderInfo(
                    Scalar(f, "code") ?? Missing(displayName, "funders.code"), Scalar(f, "name") ?? "", Scalar(f, "kind") ?? "")).ToArray()
                : [],
            SmallCellThreshold = int.TryParse(threshold, out var t) && t > 0 ? t : 11,
        };
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key) =>
        Child(map, key) is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static IReadOnlyList<string> List(YamlMappingNode map, string key) => Child(map, key) is { } node ? Strings(node) : [];

    private static IReadOnlyList<string> Strings(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToArray(),
        YamlScalarNode { Value: { Length: > 0 } value } => [value],
        _ => [],
    };

    private static string Missing(string displayName, string key) =>
        throw new InvalidInputException(displayName, null, key, $"clé « {key} » absente : fichier refusé");
}
