using System.Text.Encodings.Web;
using System.Text.Json;
using Vacances.Ingest.Ingestion;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// One file's ingest report in the pipeline's outputs: the object of DESIGN §2 <c>--report</c>,
/// <c>{file, rows_read, accepted, quarantined, errors:[{line, column, reason}]}</c>. Unlike
/// <c>vacances ingest</c>'s report it leaves out whether the content was already stored, which depends on the
/// store's history, so that every run of the same files writes the same bytes.
/// </summary>
public static class IngestReportJson
{
    public static void Write(string path, FileIngestReport report)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        WriteObject(json, report, includeAlreadyIngested: false);
    }

    /// <summary>
    /// Writes one report object; <paramref name="includeAlreadyIngested"/> adds <c>already_ingested</c>, which
    /// <c>vacances ingest --report</c> gives and the pipeline leaves out.
    /// </summary>
    public static void WriteObject(Utf8JsonWriter json, FileIngestReport report, bool includeAlreadyIngested)
    {
        json.WriteStartObject();
        json.WriteString("file", report.File);
        json.WriteNumber("rows_read", report.RowsRead);
        json.WriteNumber("accepted", report.Accepted);
        json.WriteNumber("quarantined", report.Quarantined);
        if (includeAlreadyIngested) json.WriteBoolean("already_ingested", report.AlreadyIngested);
        json.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            json.WriteStartObject();
            json.WriteNumber("line", error.Line);
            if (error.Column is null) json.WriteNull("column");
            else json.WriteString("column", error.Column);
            json.WriteString("reason", error.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
