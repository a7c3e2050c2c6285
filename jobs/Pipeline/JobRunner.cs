using Hangfire.Server;
using Vacances.Ingest.Errors;
using Vacances.Jobs.Cli;

namespace Vacances.Jobs.Pipeline;

/// <summary>
/// The common frame of every pipeline job: skip a run that already failed, run the step in a workspace, and turn
/// failures into the run's outcome. Invalid input fails the run at once (exit 1, no retry: the same file
/// would fail the same way); any other exception is rethrown for Hangfire to retry, and recorded as an
/// infrastructure failure (exit 3) once the last attempt has failed.
/// </summary>
public sealed class JobRunner(PipelineServices services)
{
    /// <summary>Attempts after the first, and their delays: covers a PostgreSQL restart of a minute or two.</summary>
    public const int RetryAttempts = 6;

    /// <summary>
    /// Returns false when the run has already failed and the job must do nothing. <paramref name="storeAs"/> and
    /// <paramref name="withChunks"/> are those of <see cref="RunWorkspaces.Run"/>.
    /// </summary>
    public bool Run(string runId, PerformContext? context, Action<StepWorkspace> work, Func<string, string>? storeAs = null, bool withChunks = false)
    {
        if (services.Ledger.State(runId).Status == Ledger.RunStatus.Failed) return false;
        try
        {
            services.Workspaces.Run(runId, work, storeAs, withChunks);
            return true;
        }
        catch (InvalidInputException e)
        {
            services.Ledger.Fail(runId, ExitCodes.InvalidInput, e.Message);
            return false;
        }
        catch (Exception e) when (IsLastAttempt(context))
        {
            TryFail(runId, e);
            throw;
        }
    }

    private void TryFail(string runId, Exception e)
    {
        try
        {
            services.Ledger.Fail(runId, ExitCodes.Infrastructure, e.Message);
        }
        catch (InfrastructureException)
        {
            // The ledger itself is unreachable: the run stays "running" and the waiting client times out.
        }
    }

    private static bool IsLastAttempt(PerformContext? context) =>
        context is null || context.GetJobParameter<int>("RetryCount") >= RetryAttempts;
}
