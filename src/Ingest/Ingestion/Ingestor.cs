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
/// <c>vacances ingest</c>'s work (DESIGN §2, §10): recognise each file by its name, validate every file first
/// (a refused file stops everything before anything is stored), then store each file in its own transaction,
/// a file already stored being a no-op. Files are taken in dependency order (operation, dossiers, participants,
/// aids…), and participants and aids are checked against the dossiers of this run and of the store.
/// </summary>
public sealed class Ingestor(IOperationStore store, Pseudonymiser pseudonymiser, CommuneReferential communes)
{
    /// <summary>Ingests <paramref name="paths"/> (files, or folders whose canonical files are all taken).</summary>
    public async Task<IReadOnlyList<FileIngestReport>> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellation = default)
    {
        var files = Expand(paths)
            .Select(f => (f.Path, f.Display, f.Kind, Hash: ContentHash.Of(f.Path)))
            .OrderBy(f => f.Kind).ThenBy(f => f.Display, StringComparer.Ordinal).ToArray();
        string? operationId = null;
        foreach (var yaml in files.Where(f => f.Kind == FileKind.Operation))
            operationId = OperationYamlReader.Read(yaml.Path, yaml.Display).Id;
        var context = new IngestContext(pseudonymiser, communes, operationId);
        if (files.Any(f => f.Kind is FileKind.Dossiers or FileKind.Participants or FileKind.Aids))
            foreach (var (id, start) in await store.DossierStartsAsync(cancellation)) context.Dossiers[id] = start;

        var batches = new List<(FileBatch Batch, FileIngestReport Report)>();
        IReadOnlyList<SurveyQuestion>? codebook = null;
        foreach (var file in files)
        {
            // A file already stored is still validated, so that its report gives the same counts; it is not stored again.
            var batch = Read(file.Path, file.Display, file.Kind, file.Hash, context, ref codebook);
            batches.Add((batch, new FileIngestReport(batch.FileName, batch.Kind, batch.RowsRead, batch.Accepted,
                batch.QuarantinedCount, batch.Quarantined.SelectMany(q => q.Errors).ToArray(), AlreadyIngested: false)));
        }

        var reports = new List<FileIngestReport>(batches.Count);
        foreach (var (batch, report) in batches)
        {
            var stored = await store.IngestAsync(batch, cancellation);
            reports.Add(report with { AlreadyIngested = !stored });
        }
        return reports;
    }

    private FileBatch Read(string path, string display, FileKind kind, string hash, IngestContext context,
        ref IReadOnlyList<SurveyQuestion>? codebook)
    {
        switch (kind)
        {
            case FileKind.Operation:
                OperationYamlReader.Read(path, display);
                return Document(path, display, kind, hash);
            case FileKind.SurveyCodebook:
                codebook = CodebookReader.Read(path, display);
                return Document(path, display, kind, hash);
            case FileKind.Dossiers:
                return Batch(DossierFile.Read(path, display, context), hash, StoreTables.Rows);
            case FileKind.Participants:
                return Batch(ParticipantFile.Read(path, display, context), hash, StoreTables.Rows);
            case FileKind.Aids:
                return Batch(AidFile.Read(path, display, context), hash, StoreTables.Rows);
            case FileKind.CvRequests:
                return Batch(CvRequestFile.Read(path, display, context), hash, StoreTables.Rows);
            case FileKind.EquipmentRequests:
                return Batch(EquipmentRequestFile.Read(path, display, context), hash, StoreTables.Rows);
            case FileKind.Professionals:
                return Batch(ProfessionalFile.Read(path, display, context), hash, StoreTables.Rows);
            default:
                codebook ??= SiblingCodebook(path, display);
                var answers = SurveyAnswersFile.Read(path, display, kind, context, codebook, out var columns);
                var survey = kind == FileKind.SurveyPartants ? "partants" : "professionnels";
                return Batch(answers, hash, rows => StoreTables.Rows(survey, columns, rows));
        }
    }

    private static IReadOnlyList<SurveyQuestion> SiblingCodebook(string path, string display)
    {
        var sibling = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "codebook.json");
        return File.Exists(sibling) ? CodebookReader.Read(sibling, Path.Combine(Path.GetDirectoryName(display) ?? "", "codebook.json")) : [];
    }

    private static FileBatch Document(string path, string display, FileKind kind, string hash) =>
        new(hash, display, kind, 0, 0, [], null, File.ReadAllText(path));

    private static FileBatch Batch<T>(FileReadResult<T> result, string hash, Func<IReadOnlyList<T>, StoreRows> rows) =>
        new(hash, result.File, result.Kind, result.RowsRead, result.AcceptedCount, result.Quarantined, rows(result.Accepted), null);

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
}
