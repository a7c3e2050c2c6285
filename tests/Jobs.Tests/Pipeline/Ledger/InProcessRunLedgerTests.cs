using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Tests.Pipeline.Ledger;

public sealed class InProcessRunLedgerTests : RunLedgerContract
{
    protected override IRunLedger Ledger { get; } = new InProcessRunLedger();
}
