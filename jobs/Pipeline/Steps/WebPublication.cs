using Npgsql;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Vacances.Web.Data;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// Publishes a server-mode run's results for the web (DESIGN §9): <see cref="OperationResultsBuilder"/> over the
/// run's data, indicator cells and flows, saved with <see cref="ResultsStore"/> in the store's PostgreSQL database
/// (replacing the operation's previous results). An unreachable database is an infrastructure error.
/// </summary>
public static class WebPublication
{
    public static async Task PublishAsync(string connectionString, OperationData data, IReadOnlyList<IndicatorCell> cells, IReadOnlyList<AidFlow> flows, CancellationToken ct = default)
    {
        var results = OperationResultsBuilder.Build(data, cells, flows, CommuneReferential.Default);
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var store = new ResultsStore(dataSource);
            await store.EnsureSchemaAsync(ct);
            await store.SaveAsync(results, ct);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InfrastructureException($"publication des résultats impossible : base PostgreSQL injoignable ({e.Message}).", e);
        }
    }
}
