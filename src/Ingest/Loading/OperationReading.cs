using Vacances.Ingest.Model;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Loading;

/// <summary>An operation folder read: its accepted data and, per file read, the counts and quarantine.</summary>
public sealed record OperationReading(OperationData Data, IReadOnlyList<IFileReadSummary> Files);
