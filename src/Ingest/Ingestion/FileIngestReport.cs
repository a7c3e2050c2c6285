using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Ingestion;

/// <summary>
/// What ingesting one file did (the <c>--report</c> entry of DESIGN §2): counts that reconcile
/// (<see cref="RowsRead"/> = <see cref="Accepted"/> + <see cref="Quarantined"/>) and every quarantine reason.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="AlreadyIngested">True when the same content was already stored: nothing was written.</param>
public sealed record FileIngestReport(
    string File,
    FileKind Kind,
    long RowsRead,
    long Accepted,
    long Quarantined,
    IReadOnlyList<RowError> Errors,
    bool AlreadyIngested);
