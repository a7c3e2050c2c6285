namespace Vacances.Ingest.Model;

/// <summary>A request to exchange expired Chèques-Vacances (DESIGN §3.4, seed 003; I-46).</summary>
public sealed record CvRequest
{
    public required string RequestId { get; init; }
    public required DateOnly RequestDate { get; init; }
    public required decimal AmountEur { get; init; }
    /// <summary>Millésime of the expired cheques.</summary>
    public required int IssueYear { get; init; }
    public CvReason? Reason { get; init; }
    public decimal? QfEur { get; init; }
    public decimal? RfrEur { get; init; }
    public decimal? TaxParts { get; init; }
    public bool? ProcheAidant { get; init; }
}
