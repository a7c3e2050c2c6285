using Vacances.Ingest.Errors;
using Vacances.Ingest.Ingestion;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Store;
using Vacances.Ingest.Tests.Loading;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Tests.Store;

/// <summary>
/// The contract every <see cref="IOperationStore"/> adapter passes (DESIGN §10): atomic per file, idempotent by
/// content hash, quarantine stored, migrations applied once, no clear identifier stored.
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>A fresh, empty store.</summary>
    protected abstract Task<IOperationStore> CreateStoreAsync();

    /// <summary>The same store opened again (migrations must not run twice).</summary>
    protected abstract Task<IOperationStore> ReopenAsync();

    /// <summary>A fresh store whose schema was brought up to <paramref name="version"/> only.</summary>
    protected abstract Task<IOperationStore> CreateStoreAtVersionAsync(int version);

    /// <summary>Runs <paramref name="sql"/> on the store's database, outside the store (as an older version would have).</summary>
    protected abstract Task ExecuteAsync(string sql);

    /// <summary>The single integer <paramref name="sql"/> returns, read on the store's database.</summary>
    protected abstract Task<long> ScalarAsync(string sql);

    [Fact]
    public async Task Open_AppliesEveryMigrationOnce_WhenOpenedTwice()
    {
        await (await CreateStoreAsync()).DisposeAsync();
        await using var store = await ReopenAsync();

        Assert.Equal(StoreSchema.Latest, await store.SchemaVersionAsync());
    }

    [Fact]
    public async Task IngestAsync_StoresRowsAndQuarantine_AndReconcilesCounts()
    {
        using var folder = new TempFolder();
        SampleOperation.WriteTo(folder);
        var bad = folder.Write("extra/dossiers.csv", """
            dossier_id;commune_insee;dispositif;start_date;end_date
            B1;62065;individuel;2026-07-01;2026-07-08
            B2;00000;individuel;2026-07-01;2026-06-08
            """);
        await using var store = await CreateStoreAsync();

        var reports = await new Ingestor(store, OperationFolderTests.TestKey, CommuneReferential.Default)
            .IngestAsync([folder.Path]);

        Assert.All(reports, r => Assert.Equal(r.RowsRead, r.Accepted + r.Quarantined));
        var badReport = Assert.Single(reports, r => r.File == bad);
        Assert.Equal((2L, 1L, 1L), (badReport.RowsRead, badReport.Accepted, badReport.Quarantined));
        Assert.Equal(2, badReport.Errors.Count);
        Assert.Equal(4, await store.CountAsync(StoreTables.Dossiers));
        Assert.Equal(3, await store.CountAsync(StoreTables.Participants));
        Assert.Equal(2, await store.CountAsync(StoreTables.Aids));
        Assert.Equal(2, await store.CountAsync(StoreTables.Professionals));
        Assert.Equal(2, await store.CountAsync(StoreTables.Quarantine));
        Assert.Equal(2, await store.CountAsync(StoreTables.Documents));
        Assert.Equal(reports.Count, await store.CountAsync(StoreTables.IngestedFiles));
        Assert.True(await store.CountAsync(StoreTables.SurveyAnswers) >= 10);
    }

    [Fact]
    public async Task IngestAsync_IsANoOp_WhenTheSameFileComesTwice()
    {
        using var folder = new TempFolder();
        SampleOperation.WriteTo(folder);
        await using var store = await CreateStoreAsync();
        var ingestor = new Ingestor(store, OperationFolderTests.TestKey, CommuneReferential.Default);

        var first = await ingestor.IngestAsync([folder.Path]);
        var second = await ingestor.IngestAsync([folder.Path]);

        Assert.All(first, r => Assert.False(r.AlreadyIngested));
        Assert.All(second, r => Assert.True(r.AlreadyIngested));
        Assert.Equal(first.Select(r => r.Accepted), second.Select(r => r.Accepted));
        Assert.Equal(3, await store.CountAsync(StoreTables.Dossiers));
        Assert.Equal(3, await store.CountAsync(StoreTables.Participants));
    }

    [Fact]
    public async Task IngestAsync_LeavesNothing_WhenAFailureIsInjectedMidFile()
    {
        await using var store = await CreateStoreAsync();
        var quarantined = new QuarantinedRow(3, [new RowError(3, "gir", "« 9 » GIR hors de 1 à 6")]);
        var batch = new FileBatch("hash-failing", "participants.csv", FileKind.Participants, 1001, 1000, [quarantined],
            new FailingRows(failAt: 500), null);

        await Assert.ThrowsAsync<InjectedFailure>(() => store.IngestAsync(batch));

        Assert.False(await store.ContainsAsync("hash-failing"));
        Assert.Equal(0, await store.CountAsync(StoreTables.Aids));
        Assert.Equal(0, await store.CountAsync(StoreTables.Quarantine));
        Assert.Equal(0, await store.CountAsync(StoreTables.IngestedFiles));
        Assert.True(await store.IngestAsync(batch with { Rows = new FailingRows(failAt: int.MaxValue) }));
        Assert.Equal(1000, await store.CountAsync(StoreTables.Aids));
    }

    [Fact]
    public async Task IngestAsync_StoresNothingThatDependsOnTheDossiers_WhenTheDossierFileIsRefusedMidStream()
    {
        using var folder = new TempFolder();
        SampleOperation.WriteTo(folder);
        // Participants and aids name only the first dossiers: read side by side, they are done long before the dossier
        // reader meets the unclosed quote that swallows the rest of the file (a record over 32 M characters).
        var dossiers = new System.Text.StringBuilder(SampleOperation.Dossiers).Append('\n');
        for (var i = 0; i < 20_000; i++) dossiers.Append($"F{i};;62065;individuel;2026-07-01;2026-07-08;;;;;;;\n");
        dossiers.Append("LAST;;62065;individuel;2026-07-01;\"").Append('x', 33 * 1024 * 1024).Append('\n');
        folder.Write("dossiers.csv", dossiers.ToString());
        await using var store = await CreateStoreAsync();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            new Ingestor(store, OperationFolderTests.TestKey, CommuneReferential.Default).IngestAsync([folder.Path]));

        Assert.Equal(Path.Combine(folder.Path, "dossiers.csv"), refused.File);
        Assert.Contains("M caractères", refused.Reason);
        Assert.Equal(0, await store.CountAsync(StoreTables.Dossiers));
        Assert.Equal(0, await store.CountAsync(StoreTables.Participants));
        Assert.Equal(0, await store.CountAsync(StoreTables.Aids));
        Assert.Equal(0, await store.CountAsync(StoreTables.Quarantine));
        Assert.Equal(1, await store.CountAsync(StoreTables.IngestedFiles)); // operation.yaml, stored before
    }

    [Fact]
    public async Task BeginFileAsync_LeavesNothing_WhenTheLoadIsDisposedUncommittedAfterSomeChunks()
    {
        await using var store = await CreateStoreAsync();

        await using (var load = await store.BeginFileAsync("hash-abandoned", "aids.csv", FileKind.Aids, StoreTables.Aids))
        {
            Assert.NotNull(load);
            await load.AppendAsync(new FailingRows(failAt: int.MaxValue));
            await load.AppendAsync(new FailingRows(failAt: int.MaxValue));
        }

        Assert.False(await store.ContainsAsync("hash-abandoned"));
        Assert.Equal(0, await store.CountAsync(StoreTables.Aids));
        Assert.Equal(0, await store.CountAsync(StoreTables.IngestedFiles));
    }

    [Fact]
    public async Task BeginFileAsync_StoresTwoFilesAtOnce_WhenEachHasItsOwnTransaction()
    {
        await using var store = await CreateStoreAsync();
        var reason = new QuarantinedRow(7, [new RowError(7, "amount_eur", "« -3 » est négatif")]);

        await using (var first = await store.BeginFileAsync("hash-a", "a/aids.csv", FileKind.Aids, StoreTables.Aids))
        await using (var second = await store.BeginFileAsync("hash-b", "b/aids.csv", FileKind.Aids, StoreTables.Aids))
        {
            await first!.AppendAsync(new FailingRows(failAt: int.MaxValue));
            await second!.AppendAsync(new FailingRows(failAt: int.MaxValue));
            await second.CommitAsync(new FileOutcome(1001, 1000, [reason], null));
            await first.CommitAsync(new FileOutcome(1000, 1000, [], null));
        }

        Assert.Equal(2000, await store.CountAsync(StoreTables.Aids));
        Assert.Equal(1, await store.CountAsync(StoreTables.Quarantine));
        Assert.True(await store.ContainsAsync("hash-a") && await store.ContainsAsync("hash-b"));
        Assert.Null(await store.BeginFileAsync("hash-a", "a/aids.csv", FileKind.Aids, StoreTables.Aids));
    }

    [Fact]
    public async Task IngestAsync_StoresNoClearIdentifier_WhenFilesCarryNamesAndEmails()
    {
        using var folder = new TempFolder();
        SampleOperation.WriteTo(folder);
        await using var store = await CreateStoreAsync();

        await new Ingestor(store, OperationFolderTests.TestKey, CommuneReferential.Default).IngestAsync([folder.Path]);

        var texts = new List<string>();
        await foreach (var text in store.AllTextAsync()) texts.Add(text);
        Assert.NotEmpty(texts);
        foreach (var clear in new[] { "Dupont", "Martin", "Jeanne", "Léa", "Hugo", "a@b.fr" })
            Assert.DoesNotContain(texts, t => t.Contains(clear, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.Contains(OperationFolderTests.TestKey.Pseudonym("Dupont")));
    }

    [Fact]
    public async Task IngestAsync_ChecksParticipantsAgainstStoredDossiers_WhenIngestedSeparately()
    {
        using var folder = new TempFolder();
        SampleOperation.WriteTo(folder);
        var orphan = folder.Write("later/participants.csv", "participant_id;dossier_id;role\nP9;D1;adult\nP10;NOPE;child\n");
        await using var store = await CreateStoreAsync();
        var ingestor = new Ingestor(store, OperationFolderTests.TestKey, CommuneReferential.Default);
        await ingestor.IngestAsync([Path.Combine(folder.Path, "dossiers.csv")]);

        var report = Assert.Single(await ingestor.IngestAsync([orphan]));

        Assert.Equal((2L, 1L, 1L), (report.RowsRead, report.Accepted, report.Quarantined));
        Assert.Equal("dossier_id", Assert.Single(report.Errors).Column);
    }

    private sealed class InjectedFailure() : Exception("panne injectée");

    /// <summary>Aid rows that throw while being written at row <c>failAt</c>: a failure in the middle of a file.</summary>
    private sealed class FailingRows(int failAt) : StoreRows
    {
        public override string Table => StoreTables.Aids.Name;
        public override IReadOnlyList<StoreColumn> Columns => StoreTables.Aids.Columns;
        public override int Count => 1000;

        public override void Write(int index, IStoreRowWriter writer)
        {
            if (index == failAt) throw new InjectedFailure();
            writer.Text("D" + index); writer.Text(null); writer.Text("ancv.apv"); writer.Text("ancv"); writer.Decimal(10.5m);
        }
    }
}
