namespace Vacances.Ingest.Sampling;

/// <summary>
/// Size and shape of the operation's survey (seed 001: 274 partants, 44 professionals): how far respondents are
/// unbalanced against the population, and the raw answer shares.
/// </summary>
internal sealed record SurveyModel
{
    public required int Partants { get; init; }
    public required int Professionals { get; init; }
    /// <summary>Factor applied to a commune's weight among respondents (absent = 1).</summary>
    public IReadOnlyDictionary<string, double> CommuneBoost { get; init; } = new Dictionary<string, double>();
    /// <summary>Factor applied to a dispositif's weight among respondents (absent = 1).</summary>
    public IReadOnlyDictionary<string, double> DispositifBoost { get; init; } = new Dictionary<string, double>();
    /// <summary>Share of each question left unanswered.</summary>
    public double Missing { get; init; } = 0.04;
    public double DiscoveredHolidayRights { get; init; } = 0.61;
    public double DiscoveredLeisureRights { get; init; } = 0.06;
    /// <summary>Share of « très positif » among respondents concerned (not « sans objet »).</summary>
    public double VeryPositiveWithChildren { get; init; } = 0.60;
    public double AbleToLeaveAgain { get; init; } = 0.52;
    public double BetterInstitutions { get; init; } = 0.33;
    public double FirstDeparture { get; init; } = 0.58;
    public double PracticesChanged { get; init; } = 0.84;
    /// <summary>Share of partants who wrote a free-text answer.</summary>
    public double Verbatim { get; init; } = 0.62;
}
