namespace Vacances.Ingest.Validation;

/// <summary>The counts and quarantine of one file read, whatever its row type (for reports and the store).</summary>
public interface IFileReadSummary
{
    /// <summary>The file as named in messages.</summary>
    string File { get; }

    /// <summary>Which canonical file it is.</summary>
    FileKind Kind { get; }

    /// <summary>Data rows read (header excluded).</summary>
    long RowsRead { get; }

    /// <summary>Rows accepted.</summary>
    long AcceptedCount { get; }

    /// <summary>Rows quarantined, each with all its reasons.</summary>
    IReadOnlyList<QuarantinedRow> Quarantined { get; }
}
