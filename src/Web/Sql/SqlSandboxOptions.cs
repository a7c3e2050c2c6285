namespace Vacances.Web.Sql;

/// <summary>Limits of the researcher SQL sandbox: statement timeout and row cap.</summary>
public sealed record SqlSandboxOptions(TimeSpan Timeout, int RowCap)
{
    public static SqlSandboxOptions Default { get; } = new(TimeSpan.FromSeconds(5), 10_000);
}
