using Vacances.Jobs.Pipeline.Ledger;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Pipeline.Ledger;

/// <summary>The contract against a real PostgreSQL (schema <c>pipeline</c> created on first use).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRunLedgerTests(PostgresCluster cluster) : RunLedgerContract
{
    private readonly PostgresRunLedger _ledger = new(cluster.ConnectionString);

    protected override IRunLedger Ledger => _ledger;

    public override void Dispose()
    {
        _ledger.Dispose();
        base.Dispose();
    }
}
