using Hangfire;
using Vacances.Jobs.Pipeline.Jobs;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline.Hosting;

/// <summary>
/// Server mode (DESIGN §2): Hangfire on PostgreSQL (schema <c>hangfire</c>) and the pipeline ledger (schema
/// <c>pipeline</c>) in the store's database. <c>serve</c>, <c>worker</c> and <c>run</c> open it the same way.
/// </summary>
public sealed class ServerMode : IDisposable
{
    private readonly PostgresRunLedger _ledger;

    private ServerMode(string connectionString)
    {
        Storage = HangfireStorages.Postgres(connectionString);
        _ledger = new PostgresRunLedger(connectionString);
        Client = new BackgroundJobClient(Storage);
        Store = StoreTarget.Postgres(connectionString);
    }

    public JobStorage Storage { get; }
    public IRunLedger Ledger => _ledger;
    public IBackgroundJobClient Client { get; }
    public StoreTarget Store { get; }

    /// <summary>Connects (creating both schemas if needed); an unreachable database is an infrastructure error (exit 3).</summary>
    public static ServerMode Open(string connectionString)
    {
        try
        {
            return new ServerMode(connectionString);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            throw new Vacances.Ingest.Errors.InfrastructureException($"base PostgreSQL injoignable : {e.Message}", e);
        }
    }

    /// <summary>Starts this process's Hangfire server on <paramref name="queues"/>, and the inbox watch when asked.</summary>
    public BackgroundJobServer StartServer(IReadOnlyList<string> queues, int workerCount, string workRoot, InboxWatch? inbox)
    {
        var services = new PipelineServices(Ledger, PipelineStepsFactory.Create(Store), Client, workRoot);
        if (inbox is not null)
            new RecurringJobManager(Storage).AddOrUpdate<InboxJob>(InboxJob.RecurringId,
                j => j.Scan(inbox.InboxDirectory, inbox.OutputDirectory, null), Cron.Minutely());
        return PipelineServer.Start(Storage, services, queues, workerCount);
    }

    public void Dispose() => _ledger.Dispose();
}
