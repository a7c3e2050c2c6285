using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Tests.Pipeline.Ledger;

public sealed class InProcessRunLedgerTests : RunLedgerContract
{
    private readonly InProcessRunLedger _ledger = new();

    protected override IRunLedger Ledger => _ledger;

    public override void Dispose()
    {
        _ledger.Dispose();
        base.Dispose();
    }
}
