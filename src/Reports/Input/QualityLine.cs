namespace Vacances.Reports.Input;

/// <summary>One file of the ingest quality report (DESIGN §10): rows read = accepted + quarantined.</summary>
/// <param name="MainReasons">The most frequent quarantine reasons, in French, most frequent first.</param>
public sealed record QualityLine(string File, int RowsRead, int Accepted, int Quarantined, IReadOnlyList<string> MainReasons);
