namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>One file the inbox would ingest: the SHA-256 of its content (hex), which is what is claimed, and its name in the run.</summary>
public sealed record InboxClaim(string ContentHash, string FileName);
