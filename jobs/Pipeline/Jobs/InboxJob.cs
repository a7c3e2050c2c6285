using System.Security.Cryptography;
using Hangfire;
using Vacances.Jobs.Pipeline.Client;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>
/// The recurring job that watches an inbox folder (DESIGN §2): each scan claims the files whose content hash it
/// has never seen, and when there is one, starts a run over the folder's files that ingests only those and
/// then runs the rest of the chain; the outputs are delivered to the given folder. The same content dropped
/// twice — again or under another name — is claimed once, so ingested once (DESIGN §10).
/// </summary>
[Queue(PipelineQueues.Ingest)]
[AutomaticRetry(Attempts = JobRunner.RetryAttempts, DelaysInSeconds = new[] { 1, 3, 6, 10, 20, 40 }, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class InboxJob(PipelineServices services)
{
    /// <summary>Id of the recurring job.</summary>
    public const string RecurringId = "inbox";

    public void Scan(string inboxDirectory, string outputDirectory)
    {
        if (!Directory.Exists(inboxDirectory)) return;
        var files = Directory.EnumerateFiles(inboxDirectory, "*", SearchOption.AllDirectories).Any()
            ? RunFiles.ReadOperationFolder(inboxDirectory)
            : [];
        if (files.Count == 0) return;
        var runId = "inbox-" + Guid.NewGuid().ToString("N");
        var distinct = files.GroupBy(f => Convert.ToHexString(SHA256.HashData(f.Content)), StringComparer.Ordinal)
            .Select(g => (Hash: g.Key, File: g.First()))
            .ToList();
        var fresh = distinct.Where(d => services.Ledger.TryClaimInboxFile(d.Hash, d.File.Name, runId)).Select(d => d.File.Name).ToHashSet(StringComparer.Ordinal);
        if (fresh.Count == 0) return;
        new PipelineScheduler(services.Ledger, services.Client).Submit(runId, [.. distinct.Select(d => d.File)], fresh, outputDirectory);
    }
}
