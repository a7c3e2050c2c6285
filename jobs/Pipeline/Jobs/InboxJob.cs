using System.Security.Cryptography;
using Hangfire;
using Hangfire.Server;
using Vacances.Jobs.Pipeline.Client;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>
/// The recurring job that watches an inbox folder (DESIGN §2): each scan claims the files whose content hash it
/// has never seen, and when there is one, starts a run over the folder's files that ingests only those and
/// then runs the rest of the chain; the outputs are delivered to the given folder. The same content dropped
/// twice — again or under another name — is claimed once, so ingested once (DESIGN §10). The claim and the
/// run's record are one transaction (<see cref="Ledger.IRunLedger.ClaimInboxRun"/>) and the run id is the scan
/// job's id, so a scan killed after its claim is retried by Hangfire with the same run and still submits it.
/// </summary>
[Queue(PipelineQueues.Ingest)]
[AutomaticRetry(Attempts = JobRunner.RetryAttempts, DelaysInSeconds = new[] { 1, 3, 6, 10, 20, 40 }, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
[DisableConcurrentExecution(timeoutInSeconds: 60)]
public sealed class InboxJob(PipelineServices services)
{
    /// <summary>Id of the recurring job.</summary>
    public const string RecurringId = "inbox";

    public void Scan(string inboxDirectory, string outputDirectory, PerformContext? context)
    {
        if (!Directory.Exists(inboxDirectory)) return;
        var files = Directory.EnumerateFiles(inboxDirectory, "*", SearchOption.AllDirectories).Any()
            ? RunFiles.ReadOperationFolder(inboxDirectory)
            : [];
        if (files.Count == 0) return;
        var runId = "inbox-" + (context?.BackgroundJob.Id ?? Guid.NewGuid().ToString("N"));
        var distinct = files.GroupBy(f => ContentHash(f.File), StringComparer.Ordinal)
            .Select(g => (Hash: g.Key, File: g.First()))
            .ToList();
        var claims = distinct.Select(d => new InboxClaim(d.Hash, d.File.Name)).ToList();
        var inputs = distinct.Select(d => d.File).ToList();
        var fresh = services.Ledger.ClaimInboxRun(runId, claims, inputs, outputDirectory);
        if (fresh.Count == 0) return;
        new PipelineScheduler(services.Ledger, services.Client).Submit(runId, inputs, fresh, outputDirectory);
    }

    private static string ContentHash(string file)
    {
        using var content = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(content));
    }
}
