using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Store;

/// <summary>
/// What a file load records when it commits: the counts (<paramref name="RowsRead"/> = <paramref name="Accepted"/>
/// + quarantined), every quarantined row with its reasons, and the whole text of a document file.
/// </summary>
public sealed record FileOutcome(long RowsRead, long Accepted, IReadOnlyList<QuarantinedRow> Quarantined, string? Document)
{
    /// <summary>Number of quarantined rows.</summary>
    public long QuarantinedCount => Quarantined.Count;

    /// <summary>Every quarantine reason, row by row, in file order.</summary>
    public IEnumerable<RowError> Reasons => Quarantined.SelectMany(q => q.Errors);
}
