using Vacances.Ingest.Errors;
using Vacances.Ingest.Files;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Store;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Ingestion;

/// <summary>
/// <c>vacances ingest</c>'s work (DESIGN §2, §10): recognise each file by its name, check every file first
/// (headers of the tables; the whole of the small files: operation, codebook, survey answers), so that a refused
/// file stops everything before anything is stored; then store each file in its own transaction, a file already
/// stored being a no-op. Files are taken in dependency order (operation, dossiers, participants, aids…), and
/// participants and aids are checked against the dossiers of this run and of the store.
/// The tables stream (<see cref="StreamingLoad"/>): parsed, validated and pseudonymised on one thread while the
/// store appends on another, in bounded memory; only the quarantine and the set of dossier ids are kept. The dossiers,
/// the participants and the aids (which depend on nothing else) are stored side by side, the dependent files' rows
/// waiting in the <see cref="DossierDirectory"/> for the dossiers not read yet, so that their validation is exactly
/// that of a dossiers-first ingest.
/// </summary>
public sealed class Ingestor(IOperationStore store, Pseudonymiser pseudonymiser, CommuneReferential communes)
{
    /// <summary>
    /// Called as each file is done (stored or found already stored) with the time it took: progress and per-file
    /// timings. Dossiers, participants and aids are stored side by side, so their calls may come from several threads.
    /// </summary>
    public Action<FileIngestReport, TimeSpan>? FileDone { get; init; }

    /// <summary>Ingests <paramref name="paths"/> (files, or folders whose canonical files are all taken).</summary>
    public async Task<IReadOnlyList<FileIngestReport>> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellation = default)
    {
        var found = Expand(paths).ToArray();
        // Hashing reads every byte of the operation before anything is stored (1 000 000 dossiers: 530 MB, ≈ 1,8 s
        // on one core): the files are hashed side by side. Awaited in order, a failure surfaces as itself.
        var hashing = found.Select(f => Task.Run(() => ContentHash.Of(f.Path), cancellation)).ToArray();
        var planned = new PlannedFile[found.Length];
        for (var i = 0; i < found.Length; i++)
            planned[i] = new PlannedFile(found[i].Path, found[i].Display, found[i].Kind, await hashing[i]);
        var files = planned.OrderBy(f => f.Kind).ThenBy(f => f.Display, StringComparer.Ordinal).ToArray();
        string? operationId = null;
        foreach (var yaml in files.Where(f => f.Kind == FileKind.Operation))
            operationId = OperationYamlReader.Read(yaml.Path, yaml.Display).Id;
        var context = new IngestContext(pseudonymiser, communes, operationId);

        // Everything that can refuse a file whole is checked before anything is stored.
        var whole = new Dictionary<PlannedFile, FileBatch>();
        IReadOnlyList<SurveyQuestion>? codebook = null;
        foreach (var file in files)
        {
            if (Schema(file.Kind) is { } schema) TableReading.CheckHeader(file.Path, file.Display, schema);
            else whole[file] = ReadWhole(file, context, ref codebook);
        }

        if (files.Any(f => f.Kind is FileKind.Dossiers or FileKind.Participants or FileKind.Aids))
            foreach (var (id, start) in await store.DossierStartsAsync(cancellation)) context.Dossiers[id] = start;
        var reports = new FileIngestReport[files.Length];
        for (var i = 0; i < files.Length;)
        {
            var lastDossiers = files[i].Kind == FileKind.Dossiers && (i + 1 == files.Length || files[i + 1].Kind != FileKind.Dossiers);
            if (!lastDossiers && files[i].Kind is not (FileKind.Participants or FileKind.Aids))
            {
                reports[i] = await IngestOneAsync(files[i], whole, context, null, cancellation);
                i++;
                continue;
            }
            // The last dossier file, the participants and the aids (which depend only on the dossiers) run side by
            // side, each in its own lane.
            var end = lastDossiers ? i + 1 : i;
            while (end < files.Length && files[end].Kind is FileKind.Participants or FileKind.Aids) end++;
            await SideBySideAsync(files, i, end, whole, context, reports, cancellation);
            i = end;
        }
        return reports;
    }

    /// <summary>
    /// Ingests <paramref name="files"/>[<paramref name="start"/>..<paramref name="end"/>) in lanes side by side: the
    /// dossier file first when there is one (its lane leads), then one lane per kind (participants, aids). The
    /// dependent lanes read at the same time as the dossiers (their lookups wait in the
    /// <see cref="DossierDirectory"/> for the dossiers not read yet) but commit only once the dossier file has
    /// committed: a dossier file refused mid-stream leaves nothing stored that depends on it. The failure reported
    /// is the one a file-by-file ingest meets first: the dossier file's, else the first lane's in file order.
    /// </summary>
    private async Task SideBySideAsync(PlannedFile[] files, int start, int end, Dictionary<PlannedFile, FileBatch> whole,
        IngestContext context, FileIngestReport[] reports, CancellationToken cancellation)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        Task? lead = null;
        if (files[start].Kind == FileKind.Dossiers)
        {
            context.Dossiers.Expect();
            lead = LeadAsync(start);
            start++;
        }
        async Task LeadAsync(int i)
        {
            try
            {
                reports[i] = await IngestOneAsync(files[i], whole, context, null, cancellation);
            }
            catch
            {
                await failed.CancelAsync(); // nothing that depends on it may be stored
                throw;
            }
            finally
            {
                context.Dossiers.Complete(); // even when the file failed before being opened: no lookup waits forever
            }
        }
        var lanes = Enumerable.Range(start, end - start).GroupBy(i => files[i].Kind).Select(async lane =>
        {
            try
            {
                foreach (var i in lane) reports[i] = await IngestOneAsync(files[i], whole, context, lead, failed.Token);
            }
            catch
            {
                await failed.CancelAsync(); // the other dependent lane stops too (its current file rolls back)
                throw;
            }
        }).ToList();
        if (lead is not null) lanes.Insert(0, lead);
        try
        {
            await Task.WhenAll(lanes);
        }
        catch when (lanes.Select(l => l.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException) is { } cause)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        }
    }

    /// <summary>Ingests one file; a streamed table commits only after <paramref name="commitAfter"/> (its dossier file) succeeded.</summary>
    private async Task<FileIngestReport> IngestOneAsync(PlannedFile file, Dictionary<PlannedFile, FileBatch> whole, IngestContext context,
        Task? commitAfter, CancellationToken cancellation)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var report = whole.TryGetValue(file, out var batch)
            ? Report(batch.FileName, batch.Kind, batch.RowsRead, batch.Accepted, batch.Quarantined, !await store.IngestAsync(batch, cancellation))
            : await StreamAsync(file, context, commitAfter, cancellation);
        FileDone?.Invoke(report, clock.Elapsed);
        return report;
    }

    /// <summary>The schema of a table file that streams, null for the files read whole.</summary>
    private static FileSchema? Schema(FileKind kind) => kind switch
    {
        FileKind.Dossiers => DossierFile.Schema,
        FileKind.Participants => ParticipantFile.Schema,
        FileKind.Aids => AidFile.Schema,
        FileKind.CvRequests => CvRequestFile.Schema,
        FileKind.EquipmentRequests => EquipmentRequestFile.Schema,
        FileKind.Professionals => ProfessionalFile.Schema,
        _ => null,
    };

    private Task<FileIngestReport> StreamAsync(PlannedFile file, IngestContext context, Task? commitAfter, CancellationToken cancellation) => file.Kind switch
    {
        FileKind.Dossiers => StreamAsync<Dossier>(file, StoreTables.Dossiers,
            sink => DossierFile.Stream(file.Path, file.Display, context, sink), StoreTables.Rows, commitAfter, cancellation),
        FileKind.Participants => StreamAsync<Participant>(file, StoreTables.Participants,
            sink => ParticipantFile.Stream(file.Path, file.Display, context, sink), StoreTables.Rows, commitAfter, cancellation),
        FileKind.Aids => StreamAsync<RecordedAid>(file, StoreTables.Aids,
            sink => AidFile.Stream(file.Path, file.Display, context, sink), StoreTables.Rows, commitAfter, cancellation),
        FileKind.CvRequests => StreamAsync<CvRequest>(file, StoreTables.CvRequests,
            sink => CvRequestFile.Stream(file.Path, file.Display, context, sink), StoreTables.Rows, commitAfter, cancellation),
        FileKind.EquipmentRequests => StreamAsync<EquipmentRequest>(file, StoreTables.EquipmentRequests,
            sink => EquipmentRequestFile.Stream(file.Path, file.Display, context, sink), StoreTables.Rows, commitAfter, cancellation),
        FileKind.Professionals => StreamAsync<ProfessionalMonth>(file, StoreTables.Professionals,
            sink => ProfessionalFile.Stream(file.Path, file.Display, context, sink), StoreTables.Rows, commitAfter, cancellation),
        _ => throw new ArgumentOutOfRangeException(nameof(file), file.Kind, "not a streamed table"),
    };

    private async Task<FileIngestReport> StreamAsync<T>(PlannedFile file, StoreTable table, Func<Action<T>, FileReadSummary> read,
        Func<IReadOnlyList<T>, StoreRows> rows, Task? commitAfter, CancellationToken cancellation)
    {
        await using var load = await store.BeginFileAsync(file.Hash, file.Display, file.Kind, table, cancellation);
        FileReadSummary summary;
        if (load is null)
        {
            // Already stored: still validated, so that its report gives the same counts (and its dossiers are known);
            // on a thread of its own, as its lookups may wait for the dossier reader.
            summary = await Task.Factory.StartNew(() => read(static _ => { }), cancellation, TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }
        else
        {
            summary = await StreamingLoad.RunAsync(load, read, rows, cancellation);
            if (commitAfter is not null) await commitAfter;
            await load.CommitAsync(new FileOutcome(summary.RowsRead, summary.AcceptedCount, summary.Quarantined, null), cancellation);
        }
        return Report(summary.File, summary.Kind, summary.RowsRead, summary.AcceptedCount, summary.Quarantined, load is null);
    }

    private static FileIngestReport Report(string file, FileKind kind, long read, long accepted, IReadOnlyList<QuarantinedRow> quarantined,
        bool alreadyIngested) =>
        new(file, kind, read, accepted, quarantined.Count, quarantined.SelectMany(q => q.Errors).ToArray(), alreadyIngested);

    /// <summary>Reads a small file whole: <c>operation.yaml</c>, the codebook, survey answers.</summary>
    private static FileBatch ReadWhole(PlannedFile file, IngestContext context, ref IReadOnlyList<SurveyQuestion>? codebook)
    {
        switch (file.Kind)
        {
            case FileKind.Operation:
                OperationYamlReader.Read(file.Path, file.Display);
                return Document(file);
            case FileKind.SurveyCodebook:
                codebook = CodebookReader.Read(file.Path, file.Display);
                return Document(file);
            default:
                codebook ??= SiblingCodebook(file.Path, file.Display);
                var answers = SurveyAnswersFile.Read(file.Path, file.Display, file.Kind, context, codebook, out var columns);
                var survey = file.Kind == FileKind.SurveyPartants ? "partants" : "professionnels";
                return new FileBatch(file.Hash, answers.File, answers.Kind, answers.RowsRead, answers.AcceptedCount, answers.Quarantined,
                    StoreTables.Rows(survey, columns, answers.Accepted), null);
        }
    }

    private static IReadOnlyList<SurveyQuestion> SiblingCodebook(string path, string display)
    {
        var sibling = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "codebook.json");
        return File.Exists(sibling) ? CodebookReader.Read(sibling, Path.Combine(Path.GetDirectoryName(display) ?? "", "codebook.json")) : [];
    }

    private static FileBatch Document(PlannedFile file) =>
        new(file.Hash, file.Display, file.Kind, 0, 0, [], null, File.ReadAllText(file.Path));

    /// <summary>The canonical files named by <paramref name="paths"/>; folders are searched recursively.</summary>
    private static IEnumerable<(string Path, string Display, FileKind Kind)> Expand(IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (FileKinds.Recognise(file) is { } found) yield return (file, file, found);
                continue;
            }
            if (!File.Exists(path)) throw new InvalidInputException(path, null, null, "fichier introuvable");
            var kind = FileKinds.Recognise(path) ?? throw new InvalidInputException(path, null, null,
                "type de fichier non reconnu par son nom (attendu : operation.yaml, dossiers, participants, aids, cv_requests, "
                + "equipment_requests, professionals, codebook.json, partants, professionnels ; en .csv, .xlsx ou .xls)");
            yield return (path, path, kind);
        }
    }

    /// <summary>A file to ingest: where it is, how messages name it, what it is, its content hash.</summary>
    private sealed record PlannedFile(string Path, string Display, FileKind Kind, string Hash);
}
