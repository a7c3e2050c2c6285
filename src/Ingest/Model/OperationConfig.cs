namespace Vacances.Ingest.Model;

/// <summary>
/// Everything operation-specific (DESIGN §3.0, <c>operation.yaml</c>): no operation detail lives in code.
/// </summary>
public sealed record OperationConfig
{
    public required string Id { get; init; }
    /// <summary>French name, e.g. « Ne rêvez plus, partez ! ».</summary>
    public required string Name { get; init; }
    public required int Year { get; init; }
    /// <summary>SIREN of the EPCI(s) of the territory.</summary>
    public IReadOnlyList<string> TerritoryEpci { get; init; } = [];
    /// <summary>Département codes of the territory.</summary>
    public IReadOnlyList<string> TerritoryDepartements { get; init; } = [];
    /// <summary>Rule sets that apply: <c>ancv</c>, <c>caf35</c>.</summary>
    public IReadOnlyList<string> RuleSets { get; init; } = [];
    /// <summary>Local dispositif code → programme ids it draws on, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DispositifProgrammes { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Funder codes in the order estimated aids are stacked (DESIGN §4.4: default CAF, ANCV, local).</summary>
    public IReadOnlyList<string> StackingOrder { get; init; } = [];
    public IReadOnlyList<FunderInfo> Funders { get; init; } = [];
    /// <summary>Cells below this count are suppressed in funder- and researcher-facing outputs (DESIGN §10).</summary>
    public int SmallCellThreshold { get; init; } = 11;
}
