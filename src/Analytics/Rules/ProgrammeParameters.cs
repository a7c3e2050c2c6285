namespace Vacances.Analytics.Rules;

/// <summary>
/// The parameters of one programme as read from its YAML file: validity periods, territory, and named dated values.
/// Accessors throw a <see cref="ParameterFileException"/> when a parameter is missing or has no value on the date asked,
/// so a gap in the data is never silent.
/// </summary>
public sealed class ProgrammeParameters
{
    public ProgrammeParameters(
        string id,
        string label,
        IReadOnlyList<string> territoryDepartements,
        IReadOnlyList<ValidityPeriod> periods,
        IReadOnlyDictionary<string, Parameter> parameters)
    {
        Id = id;
        Label = label;
        TerritoryDepartements = territoryDepartements;
        Periods = periods;
        Parameters = parameters;
    }

    /// <summary>Programme id, e.g. <c>caf35.avf</c>.</summary>
    public string Id { get; }

    /// <summary>French label, e.g. « Aide aux vacances familiales (AVF) ».</summary>
    public string Label { get; }

    /// <summary>Département codes whose residents the programme serves; empty = all of France.</summary>
    public IReadOnlyList<string> TerritoryDepartements { get; }

    /// <summary>Validity periods, ordered and disjoint.</summary>
    public IReadOnlyList<ValidityPeriod> Periods { get; }

    public IReadOnlyDictionary<string, Parameter> Parameters { get; }

    /// <summary>The validity period containing <paramref name="day"/>, or null (I-08).</summary>
    public ValidityPeriod? PeriodOf(DateOnly day)
    {
        foreach (var period in Periods)
            if (period.Contains(day)) return period;
        return null;
    }

    /// <summary>Whether a dossier residing in <paramref name="communeInsee"/> is in the programme's territory.</summary>
    public bool ServesCommune(string communeInsee)
    {
        if (TerritoryDepartements.Count == 0) return true;
        foreach (var dep in TerritoryDepartements)
            if (communeInsee.StartsWith(dep, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The days within <paramref name="period"/> on which some parameter takes a new value, the period's start first:
    /// the engine resolves the parameters once per such segment.
    /// </summary>
    public IReadOnlyList<DateOnly> Breakpoints(ValidityPeriod period)
    {
        var days = new SortedSet<DateOnly> { period.Start };
        foreach (var parameter in Parameters.Values)
            foreach (var value in parameter.Values)
                if (value.From > period.Start && value.From <= period.End) days.Add(value.From);
        return [.. days];
    }

    public decimal Number(string name, DateOnly day)
    {
        var value = ValueAt(name, day);
        if (value.Scalar is { } text && ParameterValue.TryParseNumber(text, out var number)) return number;
        throw Fault(name, day, "n'est pas un nombre");
    }

    public DateOnly Date(string name, DateOnly day)
    {
        var value = ValueAt(name, day);
        if (value.Scalar is { } text && ParameterValue.TryParseDate(text, out var date)) return date;
        throw Fault(name, day, "n'est pas une date");
    }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string name, DateOnly day) =>
        ValueAt(name, day).Rows ?? throw Fault(name, day, "n'est pas un tableau");

    public IReadOnlyList<string> Codes(string name, DateOnly day) =>
        ValueAt(name, day).Codes ?? throw Fault(name, day, "n'est pas une liste de codes");

    /// <summary>The source of the value in force, for explanations.</summary>
    public string Source(string name, DateOnly day) => ValueAt(name, day).Source;

    private ParameterValue ValueAt(string name, DateOnly day)
    {
        if (!Parameters.TryGetValue(name, out var parameter))
            throw new ParameterFileException($"Paramètre « {name} » absent du programme {Id}.");
        return parameter.At(day) ?? throw Fault(name, day, "n'a pas de valeur à cette date");
    }

    private ParameterFileException Fault(string name, DateOnly day, string what) =>
        new($"Programme {Id} : le paramètre « {name} » {what} au {day:yyyy-MM-dd}.");
}
