namespace Vacances.Ingest.Errors;

/// <summary>
/// A failure of something the product depends on (database unreachable, browser missing…), not of the
/// user's data. French message; the CLI exits with code 3 (DESIGN §2).
/// </summary>
public sealed class InfrastructureException(string message, Exception? inner = null) : Exception(message, inner);
