namespace Vacances.Jobs.Pipeline.Hosting;

/// <summary>An inbox folder watched every minute, and where its runs deliver their outputs (both seen by the workers).</summary>
public sealed record InboxWatch(string InboxDirectory, string OutputDirectory);
