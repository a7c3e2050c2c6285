using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vacances.Ingest.Ingestion;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Store;

using Vacances.Jobs.Pipeline.Steps;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances ingest FILE… [--store DIR | --pg CS] [--report F.json]</c> (DESIGN §2): validates and loads the
/// files, prints per file the rows read, accepted and quarantined; <c>--report</c> writes the JSON array
/// <c>{file, rows_read, accepted, quarantined, errors:[{line, column, reason}]}</c>.
/// </summary>
public static class IngestCommand
{
    /// <summary>Default folder of the embedded store.</summary>
    public const string DefaultStoreDirectory = ".vacances";

    public static Command Create()
    {
        var files = new Argument<string[]>("fichiers")
        {
            Description = "Fichiers canoniques (dossiers.csv, participants.csv, aids.csv… ou .xlsx) ou dossiers d'opération.",
            Arity = ArgumentArity.OneOrMore,
        };
        var storeOption = new Option<string?>("--store") { Description = "Dossier de la base embarquée DuckDB (défaut : .vacances/)." };
        var pg = PostgresOption.Create();
        var report = new Option<string?>("--report") { Description = "Écrit le rapport JSON de validation dans ce fichier." };
        var command = new Command("ingest", "Valide et charge des fichiers canoniques ; les lignes invalides vont en quarantaine.");
        command.Arguments.Add(files);
        command.Options.Add(storeOption);
        command.Options.Add(pg);
        command.Options.Add(report);
        command.SetAction(async (parse, cancellation) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var connection = PostgresOption.Resolve(parse, pg);
            var storeDirectory = parse.GetValue(storeOption);
            if (!string.IsNullOrEmpty(connection) && storeDirectory is not null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("Erreur d'usage : --store et --pg s'excluent.");
                return ExitCodes.Usage;
            }
            await using IOperationStore store = string.IsNullOrEmpty(connection)
                ? await DuckDbOperationStore.OpenAsync(storeDirectory ?? DefaultStoreDirectory, cancellation)
                : await PostgresOperationStore.OpenAsync(connection, cancellation);
            var pseudonymiser = PseudonymKey.Resolve(parse.InvocationConfiguration.Error);
            var reports = await new Ingestor(store, pseudonymiser, CommuneReferential.Default)
                .IngestAsync(parse.GetValue(files) ?? [], cancellation);
            foreach (var r in reports) await output.WriteLineAsync(Describe(r));
            if (parse.GetValue(report) is { } reportPath) await WriteReportAsync(reportPath, reports, cancellation);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One French line per file: « dossiers.csv : 3 500 lignes lues, 3 498 acceptées, 2 en quarantaine ».</summary>
    public static string Describe(FileIngestReport report)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        string N(long n) => n.ToString("#,0", french).Replace('\u202F', ' ').Replace('\u00A0', ' ');
        var counts = $"{N(report.RowsRead)} lignes lues, {N(report.Accepted)} acceptées, {N(report.Quarantined)} en quarantaine";
        return report.AlreadyIngested
            ? $"{report.File} : déjà chargé (contenu identique), rien de modifié — {counts}"
            : $"{report.File} : {counts}";
    }

    /// <summary>Writes the JSON report of DESIGN §2.</summary>
    public static async Task WriteReportAsync(string path, IReadOnlyList<FileIngestReport> reports, CancellationToken cancellation)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        await using var stream = File.Create(path);
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var r in reports) IngestReportJson.WriteObject(json, r, includeAlreadyIngested: true);
        json.WriteEndArray();
        await json.FlushAsync(cancellation);
    }
}
