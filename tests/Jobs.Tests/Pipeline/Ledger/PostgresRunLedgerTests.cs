using Vacances.Jobs.Pipeline.Ledger;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Pipeline.Ledger;

/// <summary>The contract against a real PostgreSQL (schema <c>pipeline</c> created on first use).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRunLedgerTests(PostgresCluster cluster) : RunLedgerContract, IDisposable
{
    private readonly PostgresRunLedger _ledger = new(cluster.ConnectionString);

    protected override IRunLedger Ledger => _ledger;

    public void Dispose() => _ledger.Dispose();
}
