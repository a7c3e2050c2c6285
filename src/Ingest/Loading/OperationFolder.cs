using Vacances.Ingest.Errors;
using Vacances.Ingest.Files;
using Vacances.Ingest.Model;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Loading;

/// <summary>
/// Reads an operation folder in the canonical formats (DESIGN §3): <c>operation.yaml</c> and <c>dossiers.csv</c>
/// are required; <c>participants</c>, <c>aids</c>, <c>cv_requests</c>, <c>equipment_requests</c>,
/// <c>professionals</c> and <c>survey/</c> (<c>codebook.json</c>, <c>partants</c>, <c>professionnels</c>) are
/// optional. Each table may be <c>.csv</c>, <c>.xlsx</c> or <c>.xls</c>; names are matched ignoring case.
/// Quarantined rows are left out (DESIGN §10); a refused file throws <see cref="InvalidInputException"/>.
/// </summary>
public static class OperationFolder
{
    private static readonly string[] TableExtensions = [".csv", ".xlsx", ".xls"];

    /// <summary>
    /// The accepted rows of the operation in <paramref name="directory"/>, direct identifiers pseudonymised with
    /// the configured key (<see cref="PseudonymKey"/>).
    /// </summary>
    public static OperationData Load(string directory) => Read(directory, PseudonymKey.Resolve(Console.Error)).Data;

    /// <summary>Reads the folder with <paramref name="pseudonymiser"/>, keeping every file's counts and quarantine.</summary>
    public static OperationReading Read(string directory, Pseudonymiser pseudonymiser)
    {
        if (!Directory.Exists(directory))
            throw new InvalidInputException(directory, null, null, "dossier d'opération introuvable");
        var yaml = Find(directory, "operation", [".yaml", ".yml"])
            ?? throw new InvalidInputException(Path.Combine(directory, "operation.yaml"), null, null, "fichier obligatoire absent");
        var config = OperationYamlReader.Read(yaml, Display(directory, yaml));
        var context = new IngestContext(pseudonymiser, CommuneReferential.Default, config.Id);

        var dossiersPath = Find(directory, "dossiers", TableExtensions)
            ?? throw new InvalidInputException(Path.Combine(directory, "dossiers.csv"), null, null, "fichier obligatoire absent");
        // Dossiers, participants and aids are read at the same time, each on its own thread: participants and aids
        // wait in the dossier directory for the dossiers not decided yet (DossierDirectory), so every row gets the
        // answer a dossiers-first read gives. Results are gathered in the sequential order, so that the first refusal
        // reported is the one a file-by-file read gives.
        context.Dossiers.Expect();
        var dossiers = Dedicated(() => DossierFile.Read(dossiersPath, Display(directory, dossiersPath), context));
        var participants = Optional(directory, "participants", (p, d) => ParticipantFile.Read(p, d, context));
        var aids = Optional(directory, "aids", (p, d) => AidFile.Read(p, d, context));
        var rest = Task.Run(() =>
        {
            var smaller = new List<IFileReadSummary>();
            var cvRequests = ReadOptional(directory, "cv_requests", smaller, (p, d) => CvRequestFile.Read(p, d, context));
            var equipment = ReadOptional(directory, "equipment_requests", smaller, (p, d) => EquipmentRequestFile.Read(p, d, context));
            var professionals = ReadOptional(directory, "professionals", smaller, (p, d) => ProfessionalFile.Read(p, d, context));
            return (cvRequests, equipment, professionals, Survey: ReadSurvey(directory, context, smaller), smaller);
        });

        var files = new List<IFileReadSummary>();
        var data = new OperationData
        {
            Config = config,
            Dossiers = Keep(files, dossiers.GetAwaiter().GetResult()),
            Participants = Gather(files, participants),
            Aids = Gather(files, aids),
        };
        var (cv, equipmentRequests, professionalMonths, survey, others) = rest.GetAwaiter().GetResult();
        files.AddRange(others);
        return new OperationReading(data with
        {
            CvRequests = cv,
            EquipmentRequests = equipmentRequests,
            Professionals = professionalMonths,
            Survey = survey,
        }, files);
    }

    /// <summary>Starts reading an optional table on its own thread; null when the folder has none.</summary>
    private static Task<FileReadResult<T>>? Optional<T>(string directory, string stem, Func<string, string, FileReadResult<T>> read)
    {
        var path = Find(directory, stem, TableExtensions);
        return path is null ? null : Dedicated(() => read(path, Display(directory, path)));
    }

    /// <summary>
    /// Runs <paramref name="read"/> on a thread of its own: the dependent readers may block waiting for the dossier
    /// reader, which must not wait for a pool thread behind them.
    /// </summary>
    private static Task<T> Dedicated<T>(Func<T> read) =>
        Task.Factory.StartNew(read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The accepted rows of a table read by <see cref="Optional{T}"/> (its refusal rethrown as is).</summary>
    private static IReadOnlyList<T> Gather<T>(List<IFileReadSummary> files, Task<FileReadResult<T>>? reading) =>
        reading is null ? [] : Keep(files, reading.GetAwaiter().GetResult());

    private static SurveyData? ReadSurvey(string directory, IngestContext context, List<IFileReadSummary> files)
    {
        var folder = Directory.EnumerateDirectories(directory)
            .FirstOrDefault(d => string.Equals(Path.GetFileName(d), "survey", StringComparison.OrdinalIgnoreCase));
        if (folder is null) return null;
        var codebookPath = Find(folder, "codebook", [".json"]);
        var codebook = codebookPath is null ? [] : CodebookReader.Read(codebookPath, Display(directory, codebookPath));
        var partants = ReadAnswers(directory, folder, "partants", FileKind.SurveyPartants, context, codebook, files);
        var professionnels = ReadAnswers(directory, folder, "professionnels", FileKind.SurveyProfessionnels, context, codebook, files);
        if (codebookPath is null && partants is null && professionnels is null) return null;
        return new SurveyData(codebook, partants ?? Empty, professionnels ?? Empty);
    }

    private static readonly SurveyTable Empty = new([], []);

    private static SurveyTable? ReadAnswers(string directory, string folder, string stem, FileKind kind, IngestContext context,
        IReadOnlyList<SurveyQuestion> codebook, List<IFileReadSummary> files)
    {
        var path = Find(folder, stem, TableExtensions);
        if (path is null) return null;
        var result = SurveyAnswersFile.Read(path, Display(directory, path), kind, context, codebook, out var columns);
        files.Add(result);
        return new SurveyTable(columns, result.Accepted);
    }

    private static IReadOnlyList<T> ReadOptional<T>(string directory, string stem, List<IFileReadSummary> files,
        Func<string, string, FileReadResult<T>> read)
    {
        var path = Find(directory, stem, TableExtensions);
        return path is null ? [] : Keep(files, read(path, Display(directory, path)));
    }

    private static IReadOnlyList<T> Keep<T>(List<IFileReadSummary> files, FileReadResult<T> result)
    {
        files.Add(result);
        return result.Accepted;
    }

    /// <summary>The file <paramref name="stem"/> with one of <paramref name="extensions"/> (in that preference), ignoring case.</summary>
    private static string? Find(string directory, string stem, string[] extensions)
    {
        var candidates = Directory.EnumerateFiles(directory).ToArray();
        foreach (var extension in extensions)
        {
            var match = candidates.Where(f => string.Equals(Path.GetFileName(f), stem + extension, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).FirstOrDefault();
            if (match is not null) return match;
        }
        return null;
    }

    private static string Display(string directory, string path) => Path.GetRelativePath(directory, path).Replace('\\', '/');
}
