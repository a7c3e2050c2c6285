namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>One input file of a run: its path relative to the operation folder (<c>/</c>-separated) and its bytes.</summary>
public sealed record RunInput(string Name, byte[] Content);
