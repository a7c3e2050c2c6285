using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vacances.Analytics.Rules;

/// <summary>
/// Reads and validates a programme parameter file (YAML, schema of DESIGN §4.1): <c>programme</c>, <c>label</c>,
/// optional <c>territory.departements</c>, <c>periods</c> (start, end, year, source) and <c>parameters</c>, each with a
/// <c>description</c> and <c>values</c> (<c>from</c>, optional <c>to</c>, <c>source</c>, and one of <c>value</c>,
/// <c>rows</c>, <c>codes</c>). Refuses unknown keys, duplicate keys, bad or unordered dates, overlapping values and
/// missing sources, with a French message naming the file.
/// </summary>
public static class ParameterLoader
{
    private static readonly string[] ProgrammeKeys = ["programme", "label", "territory", "periods", "parameters"];
    private static readonly string[] PeriodKeys = ["start", "end", "year", "source"];
    private static readonly string[] ParameterKeys = ["description", "values"];
    private static readonly string[] ValueKeys = ["from", "to", "source", "value", "rows", "codes"];

    /// <summary>Parses one file's text; <paramref name="origin"/> names it in error messages.</summary>
    public static ProgrammeParameters Parse(string yaml, string origin)
    {
        var root = ReadRoot(yaml, origin);
        CheckKeys(root, ProgrammeKeys, origin, "programme");
        var id = RequiredScalar(root, "programme", origin);
        var label = RequiredScalar(root, "label", origin);
        var territory = ReadTerritory(root, origin);
        var periods = ReadPeriods(Child<YamlSequenceNode>(root, "periods", origin), origin);
        var parameters = new SortedDictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var (key, node) in Child<YamlMappingNode>(root, "parameters", origin).Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            parameters.Add(name, ReadParameter(name, AsMapping(node, origin, name), origin));
        }
        if (parameters.Count == 0) throw new ParameterFileException($"{origin} : aucun paramètre.");
        return new ProgrammeParameters(id, label, territory, periods, parameters);
    }

    private static YamlMappingNode ReadRoot(string yaml, string origin)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ParameterFileException($"{origin} : YAML invalide ({e.Start.Line}:{e.Start.Column}) — {Inner(e).Message}");
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ParameterFileException($"{origin} : un seul document YAML, de type dictionnaire, est attendu.");
        return root;
    }

    private static Exception Inner(Exception e) => e.InnerException is { } inner ? Inner(inner) : e;

    private static IReadOnlyList<string> ReadTerritory(YamlMappingNode root, string origin)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("territory"), out var node)) return [];
        var territory = AsMapping(node, origin, "territory");
        CheckKeys(territory, ["departements"], origin, "territory");
        return ReadCodes(Child<YamlSequenceNode>(territory, "departements", origin), origin, "territory");
    }

    private static IReadOnlyList<ValidityPeriod> ReadPeriods(YamlSequenceNode node, string origin)
    {
        var periods = new List<ValidityPeriod>();
        foreach (var item in node.Children)
        {
            var map = AsMapping(item, origin, "periods");
            CheckKeys(map, PeriodKeys, origin, "periods");
            var start = RequiredDate(map, "start", origin);
            var end = RequiredDate(map, "end", origin);
            var year = (int)RequiredNumber(map, "year", origin);
            if (end < start) throw new ParameterFileException($"{origin} : période {start:yyyy-MM-dd} – {end:yyyy-MM-dd} : la fin précède le début.");
            if (periods.Count > 0 && start <= periods[^1].End)
                throw new ParameterFileException($"{origin} : la période commençant le {start:yyyy-MM-dd} chevauche ou précède la précédente.");
            periods.Add(new ValidityPeriod(start, end, year, RequiredScalar(map, "source", origin)));
        }
        if (periods.Count == 0) throw new ParameterFileException($"{origin} : aucune période de validité.");
        return periods;
    }

    private static Parameter ReadParameter(string name, YamlMappingNode map, string origin)
    {
        var where = $"paramètre « {name} »";
        CheckKeys(map, ParameterKeys, origin, where);
        var values = new List<ParameterValue>();
        foreach (var item in Child<YamlSequenceNode>(map, "values", origin).Children)
        {
            var value = ReadValue(AsMapping(item, origin, where), origin, where);
            if (values.Count > 0)
            {
                var previous = values[^1];
                if (value.From == previous.From)
                    throw new ParameterFileException($"{origin} : {where} : deux valeurs datées du {value.From:yyyy-MM-dd}.");
                if (value.From < previous.From)
                    throw new ParameterFileException($"{origin} : {where} : les valeurs doivent être rangées par date ({value.From:yyyy-MM-dd} après {previous.From:yyyy-MM-dd}).");
                if (previous.To is { } to && to >= value.From)
                    throw new ParameterFileException($"{origin} : {where} : la valeur du {previous.From:yyyy-MM-dd} se termine après le début de la suivante.");
            }
            values.Add(value);
        }
        if (values.Count == 0) throw new ParameterFileException($"{origin} : {where} : aucune valeur.");
        return new Parameter(name, RequiredScalar(map, "description", origin), values);
    }

    private static ParameterValue ReadValue(YamlMappingNode map, string origin, string where)
    {
        CheckKeys(map, ValueKeys, origin, where);
        var from = RequiredDate(map, "from", origin);
        DateOnly? to = map.Children.ContainsKey(new YamlScalarNode("to")) ? RequiredDate(map, "to", origin) : null;
        if (to < from) throw new ParameterFileException($"{origin} : {where} : fin {to:yyyy-MM-dd} avant le début {from:yyyy-MM-dd}.");
        var source = RequiredScalar(map, "source", origin);
        var kinds = new[] { "value", "rows", "codes" }.Count(k => map.Children.ContainsKey(new YamlScalarNode(k)));
        if (kinds != 1)
            throw new ParameterFileException($"{origin} : {where} : chaque valeur a exactement un de « value », « rows », « codes ».");
        string? scalar = null;
        if (map.Children.ContainsKey(new YamlScalarNode("value")))
        {
            scalar = RequiredScalar(map, "value", origin);
            if (!ParameterValue.TryParseNumber(scalar, out _) && !ParameterValue.TryParseDate(scalar, out _))
                throw new ParameterFileException($"{origin} : {where} : « {scalar} » n'est ni un nombre ni une date aaaa-mm-jj.");
        }
        var rows = map.Children.ContainsKey(new YamlScalarNode("rows"))
            ? ReadRows(Child<YamlSequenceNode>(map, "rows", origin), origin, where)
            : null;
        var codes = map.Children.ContainsKey(new YamlScalarNode("codes"))
            ? ReadCodes(Child<YamlSequenceNode>(map, "codes", origin), origin, where)
            : null;
        return new ParameterValue(from, to, source, scalar, rows, codes);
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadRows(YamlSequenceNode node, string origin, string where)
    {
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var item in node.Children)
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, cell) in AsMapping(item, origin, where).Children)
            {
                var column = ((YamlScalarNode)key).Value ?? "";
                var text = (cell as YamlScalarNode)?.Value
                    ?? throw new ParameterFileException($"{origin} : {where} : la cellule « {column} » doit être une valeur simple.");
                if (column != "code" && !ParameterValue.TryParseNumber(text, out _))
                    throw new ParameterFileException($"{origin} : {where} : « {column}: {text} » n'est pas un nombre.");
                row.Add(column, text);
            }
            rows.Add(row);
        }
        if (rows.Count == 0) throw new ParameterFileException($"{origin} : {where} : tableau vide.");
        return rows;
    }

    private static IReadOnlyList<string> ReadCodes(YamlSequenceNode node, string origin, string where)
    {
        var codes = new List<string>();
        foreach (var item in node.Children)
        {
            var code = (item as YamlScalarNode)?.Value;
            if (string.IsNullOrWhiteSpace(code)) throw new ParameterFileException($"{origin} : {where} : code vide.");
            if (codes.Contains(code)) throw new ParameterFileException($"{origin} : {where} : code « {code} » en double.");
            codes.Add(code);
        }
        return codes;
    }

    private static void CheckKeys(YamlMappingNode map, string[] allowed, string origin, string where)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || Array.IndexOf(allowed, name) < 0)
                throw new ParameterFileException($"{origin} : {where} : clé inconnue « {name} » (attendu : {string.Join(", ", allowed)}).");
        }
    }

    private static T Child<T>(YamlMappingNode map, string key, string origin) where T : YamlNode =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is T typed
            ? typed
            : throw new ParameterFileException($"{origin} : « {key} » manquant ou mal formé.");

    private static YamlMappingNode AsMapping(YamlNode node, string origin, string where) =>
        node as YamlMappingNode ?? throw new ParameterFileException($"{origin} : {where} : un dictionnaire est attendu.");

    private static string RequiredScalar(YamlMappingNode map, string key, string origin)
    {
        var text = Child<YamlScalarNode>(map, key, origin).Value;
        return string.IsNullOrWhiteSpace(text) ? throw new ParameterFileException($"{origin} : « {key} » est vide.") : text;
    }

    private static DateOnly RequiredDate(YamlMappingNode map, string key, string origin)
    {
        var text = RequiredScalar(map, key, origin);
        return ParameterValue.TryParseDate(text, out var date)
            ? date
            : throw new ParameterFileException($"{origin} : « {key}: {text} » n'est pas une date aaaa-mm-jj valide.");
    }

    private static decimal RequiredNumber(YamlMappingNode map, string key, string origin)
    {
        var text = RequiredScalar(map, key, origin);
        return ParameterValue.TryParseNumber(text, out var number)
            ? number
            : throw new ParameterFileException($"{origin} : « {key}: {text} » n'est pas un nombre.");
    }
}
