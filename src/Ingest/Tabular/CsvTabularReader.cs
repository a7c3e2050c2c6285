using Sylvan.Data.Csv;
using Vacances.Ingest.Errors;

namespace Vacances.Ingest.Tabular;

/// <summary>
/// A CSV file read with Sylvan.Data.Csv (RFC 4180 quoting, no string splitting), in the encoding and with the
/// separator <see cref="TextSniffer"/> found. Lines are physical lines: a quoted field spanning several lines
/// moves the next row's line number accordingly.
/// </summary>
public sealed class CsvTabularReader : TabularReader
{
    /// <summary>Largest record accepted before the file is refused (a 64 KiB field quarantines only its row).</summary>
    private const int MaxRecordChars = 32 * 1024 * 1024;

    private readonly StreamReader _text;
    private readonly CsvDataReader _csv;
    private readonly string _displayName;
    private readonly string[] _headers;
    private long _nextLine;
    private long _line;
    private bool _ended;
    private string? _problem;

    private CsvTabularReader(StreamReader text, CsvDataReader csv, string displayName, string[] headers, long firstDataLine)
    {
        _text = text;
        _csv = csv;
        _displayName = displayName;
        _headers = headers;
        _nextLine = firstDataLine;
    }

    /// <summary>Opens <paramref name="path"/>; refuses (InvalidInputException) a file that is not text or has no header.</summary>
    public static CsvTabularReader Open(string path, string displayName)
    {
        var format = TextSniffer.Sniff(path, displayName);
        var text = new StreamReader(path, format.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        try
        {
            var csv = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                Delimiter = format.Separator,
                HasHeaders = true,
                BufferSize = 1 << 16,
                MaxBufferSize = MaxRecordChars,
                OwnsReader = false,
            });
            var headers = new string[csv.FieldCount];
            for (var i = 0; i < headers.Length; i++) headers[i] = csv.GetName(i).Trim().TrimStart('\uFEFF').Trim();
            // Blank lines before the header are skipped by the parser; the header itself is assumed on one line.
            return new CsvTabularReader(text, csv, displayName, headers, 2);
        }
        catch (CsvRecordTooLargeException)
        {
            text.Dispose();
            throw new InvalidInputException(displayName, 1, null, "en-tête démesuré : fichier refusé");
        }
        catch (CsvFormatException e)
        {
            text.Dispose();
            throw new InvalidInputException(displayName, 1, null, $"en-tête illisible ({e.Message}) : fichier refusé");
        }
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Headers => _headers;

    /// <inheritdoc />
    public override long Line => _line;

    /// <inheritdoc />
    public override int RowFieldCount => _problem is null ? _csv.RowFieldCount : 0;

    /// <inheritdoc />
    public override string? RowProblem => _problem;

    /// <inheritdoc />
    public override bool Read()
    {
        while (true)
        {
            if (_ended) return false;
            if (!ReadRecord()) return false;
            if (_problem is not null) return true;
            // A blank line (or one of separators only, as spreadsheets leave) holds no record.
            if (!IsBlank()) return true;
        }
    }

    private bool IsBlank()
    {
        for (var i = 0; i < _csv.RowFieldCount; i++)
            if (!_csv.GetFieldSpan(i).IsWhiteSpace()) return false;
        return true;
    }

    private bool ReadRecord()
    {
        try
        {
            if (!_csv.Read()) return false;
        }
        catch (CsvRecordTooLargeException)
        {
            throw new InvalidInputException(_displayName, _nextLine, null,
                $"enregistrement de plus de {MaxRecordChars / (1024 * 1024)} M caractères (guillemet non fermé ?) : fichier refusé");
        }
        catch (CsvFormatException) when (!_ended)
        {
            // The rest of the file cannot be split into rows: it becomes one malformed row, quarantined.
            _ended = true;
            _problem = "guillemet jamais fermé : la fin du fichier à partir de cette ligne est illisible";
            _line = _nextLine;
            return true;
        }
        _line = _nextLine;
        // The raw record ends with its own line break (absent on a last line without one).
        _nextLine += Math.Max(1, _csv.GetRawRecordSpan().Count('\n'));
        return true;
    }

    /// <inheritdoc />
    public override ReadOnlySpan<char> RawRow => _problem is null ? _csv.GetRawRecordSpan() : [];

    /// <inheritdoc />
    public override ReadOnlySpan<char> Field(int index) =>
        _problem is null && index < _csv.RowFieldCount ? _csv.GetFieldSpan(index) : [];

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        _csv.Dispose();
        _text.Dispose();
    }
}
