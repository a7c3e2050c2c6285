namespace Vacances.Jobs.Cli;

/// <summary>Process exit codes of the <c>vacances</c> executable (DESIGN §2).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Invalid input, with a French message naming file, line and column.</summary>
    public const int InvalidInput = 1;
    public const int Usage = 2;
    /// <summary>Infrastructure failure: database unreachable, browser missing…</summary>
    public const int Infrastructure = 3;
}
