namespace Vacances.Jobs.Cli;

/// <summary>A command line that parses but cannot be used (missing connection string…): exit 2 with a French message.</summary>
public sealed class UsageException(string message) : Exception(message);
