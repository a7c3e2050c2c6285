using Vacances.Analytics.Indicators;

namespace Vacances.Reports.Catalogue;

/// <summary>
/// Read access to the indicator catalogue for the reports: definitions in catalogue order, grouped by section; the
/// total of an indicator; its values along one dimension in the order the catalogue published them.
/// </summary>
public sealed class CatalogueView
{
    private readonly Dictionary<string, IndicatorDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndicatorValue>> _values = new(StringComparer.Ordinal);

    public CatalogueView(IReadOnlyList<IndicatorDefinition> definitions, IReadOnlyList<IndicatorValue> values)
    {
        Definitions = definitions;
        foreach (var definition in definitions) _definitions[definition.Id] = definition;
        foreach (var value in values)
        {
            if (!_values.TryGetValue(value.IndicatorId, out var list)) _values[value.IndicatorId] = list = [];
            list.Add(value);
        }
    }

    /// <summary>Every definition, in catalogue order.</summary>
    public IReadOnlyList<IndicatorDefinition> Definitions { get; }

    public IndicatorDefinition? Definition(string id) => _definitions.GetValueOrDefault(id);

    /// <summary>Definitions of one report section (<c>departs</c>, <c>public</c>…) that have at least one value.</summary>
    public IReadOnlyList<IndicatorDefinition> Section(string section) =>
        Definitions.Where(d => string.Equals(d.Section, section, StringComparison.Ordinal) && _values.ContainsKey(d.Id)).ToList();

    /// <summary>The overall value (dimension <c>total</c>), if published.</summary>
    public IndicatorValue? Total(string id) =>
        _values.TryGetValue(id, out var list) ? list.FirstOrDefault(v => v.Dimension == "total") : null;

    /// <summary>The values of one dimension, in published order.</summary>
    public IReadOnlyList<IndicatorValue> ByDimension(string id, string dimension) =>
        _values.TryGetValue(id, out var list) ? list.Where(v => v.Dimension == dimension).ToList() : [];

    /// <summary>The value of one category of one dimension, if published.</summary>
    public IndicatorValue? Cell(string id, string dimension, string category) =>
        _values.TryGetValue(id, out var list) ? list.FirstOrDefault(v => v.Dimension == dimension && v.Category == category) : null;

    /// <summary>The dimensions (other than <c>total</c>) an indicator is published along, in order of first appearance.</summary>
    public IReadOnlyList<string> Dimensions(string id) =>
        _values.TryGetValue(id, out var list)
            ? list.Select(v => v.Dimension).Where(d => d != "total").Distinct(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Every value of the catalogue, grouped by indicator in catalogue order.</summary>
    public IEnumerable<IndicatorValue> AllValues() =>
        Definitions.SelectMany(d => _values.GetValueOrDefault(d.Id) ?? []);
}
