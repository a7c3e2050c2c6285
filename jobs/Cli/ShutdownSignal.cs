using System.Runtime.InteropServices;

namespace Vacances.Jobs.Cli;

/// <summary>Waits for SIGTERM or SIGINT (or the invocation's cancellation), so that long-running verbs stop cleanly.</summary>
internal static class ShutdownSignal
{
    public static async Task WaitAsync(CancellationToken cancellation)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handler);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handler);
        await using var registration = cancellation.Register(() => stop.TrySetResult());
        await stop.Task;
    }
}
