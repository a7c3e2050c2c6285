namespace Vacances.Ingest.Sampling;

/// <summary>
/// How recorded grants (<c>aids.csv</c>) are spread over a dossier's cost: a funded share of the cost, split between the
/// programmes its dispositif draws on (operation.yaml). Plausible amounts, not rule computations: the eligibility engine
/// and the flow reconstruction judge them.
/// </summary>
internal sealed record AidModel
{
    /// <summary>Share of dossiers with at least one recorded grant.</summary>
    public double Recorded { get; init; } = 0.92;
    /// <summary>Share of the dossier's cost covered by recorded grants, uniform in this range.</summary>
    public (double Low, double High) FundedShare { get; init; } = (0.3, 0.8);
    /// <summary>Funder prefix (before the programme's dot) → chance it took part and its relative weight.</summary>
    public required IReadOnlyDictionary<string, (double Chance, double Weight)> Funders { get; init; }
    /// <summary>Plausible largest amount per person of a person-level programme (programme id → euros).</summary>
    public IReadOnlyDictionary<string, double> PerPersonCeiling { get; init; } = new Dictionary<string, double>();
    /// <summary>Programme prefixes recorded per participant (the ANCV person aids), the others per dossier.</summary>
    public IReadOnlyList<string> PersonLevelPrefixes { get; init; } = [];
}
