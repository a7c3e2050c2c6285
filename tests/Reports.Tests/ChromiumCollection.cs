namespace Vacances.Reports.Tests;

/// <summary>
/// Tests that launch Chromium or change <c>VACANCES_CHROMIUM</c> (a process-wide environment variable): they run one
/// after another, so that the missing-browser test never points a concurrent print at a browser that does not exist.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection
{
    public const string Name = "Chromium";
}
