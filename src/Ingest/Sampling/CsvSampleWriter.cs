using System.Globalization;
using System.Text;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// Writes one canonical CSV file (DESIGN §3): UTF-8 without BOM, <c>;</c> separator, point decimals,
/// <c>yyyy-MM-dd</c> dates, <c>true</c>/<c>false</c>, empty cell for unknown, <c>\n</c> line ends.
/// Rows go straight to the file as they are generated (bounded memory).
/// </summary>
internal sealed class CsvSampleWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private bool _lineStarted;

    public CsvSampleWriter(string path, params string[] header)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        foreach (var column in header) Text(column);
        EndRow();
    }

    /// <summary>Data rows written so far (the header is not counted: it starts the count at −1).</summary>
    public long Rows { get; private set; } = -1;

    public CsvSampleWriter Text(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value)) return this;
        if (value.AsSpan().IndexOfAny(";\"\n\r") < 0) _writer.Write(value);
        else
        {
            _writer.Write('"');
            _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            _writer.Write('"');
        }
        return this;
    }

    public CsvSampleWriter Money(decimal? value) => Text(value?.ToString("0.00", CultureInfo.InvariantCulture));

    /// <summary>A number with as few decimals as it needs (tax parts, QF, distances).</summary>
    public CsvSampleWriter Number(decimal? value) => Text(value?.ToString("0.##", CultureInfo.InvariantCulture));

    public CsvSampleWriter Integer(int? value) => Text(value?.ToString(CultureInfo.InvariantCulture));

    public CsvSampleWriter Date(DateOnly? value) => Text(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public CsvSampleWriter Bool(bool? value) => Text(value switch { true => "true", false => "false", null => null });

    public void EndRow()
    {
        _writer.Write('\n');
        _lineStarted = false;
        Rows++;
    }

    public void Dispose() => _writer.Dispose();

    private void Separator()
    {
        if (_lineStarted) _writer.Write(';');
        _lineStarted = true;
    }
}
