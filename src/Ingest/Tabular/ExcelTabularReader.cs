using System.Globalization;
using System.Text;
using ExcelDataReader;
using Vacances.Ingest.Errors;

namespace Vacances.Ingest.Tabular;

/// <summary>
/// The first worksheet of an XLSX or XLS workbook (ExcelDataReader), read with the same columns as the CSV
/// (DESIGN §3): row 1 is the header. Cells become text the field parsers understand: dates <c>yyyy-MM-dd</c>,
/// numbers in invariant notation, booleans <c>true</c>/<c>false</c>.
/// </summary>
public sealed class ExcelTabularReader : TabularReader
{
    private readonly FileStream _stream;
    private readonly IExcelDataReader _excel;
    private readonly string[] _headers;
    private string[] _fields = [];
    private long _line = 1;

    static ExcelTabularReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private ExcelTabularReader(FileStream stream, IExcelDataReader excel, string[] headers)
    {
        _stream = stream;
        _excel = excel;
        _headers = headers;
    }

    /// <summary>Opens a workbook; refuses (InvalidInputException) a file that is not one or has no header row.</summary>
    public static ExcelTabularReader Open(string path, string displayName)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        IExcelDataReader excel;
        try
        {
            excel = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or NotSupportedException or IOException)
        {
            stream.Dispose();
            throw new InvalidInputException(displayName, null, null, $"classeur illisible ({e.Message}) : fichier refusé");
        }
        if (!excel.Read())
        {
            excel.Dispose();
            stream.Dispose();
            throw new InvalidInputException(displayName, 1, null, "pas de ligne d'en-tête : fichier refusé");
        }
        var headers = new string[excel.FieldCount];
        for (var i = 0; i < headers.Length; i++) headers[i] = CellText(excel.GetValue(i)).Trim();
        var lastNamed = Array.FindLastIndex(headers, h => h.Length > 0);
        return new ExcelTabularReader(stream, excel, headers[..(lastNamed + 1)]);
    }

    /// <inheritdoc />
    public override IReadOnlyList<string> Headers => _headers;

    /// <inheritdoc />
    public override long Line => _line;

    /// <inheritdoc />
    public override int RowFieldCount => _fields.Length;

    /// <inheritdoc />
    public override bool Read()
    {
        while (_excel.Read())
        {
            _line++;
            var count = _excel.FieldCount;
            var fields = new string[count];
            var last = -1;
            for (var i = 0; i < count; i++)
            {
                fields[i] = CellText(_excel.GetValue(i));
                if (fields[i].Length > 0) last = i;
            }
            if (last < 0) continue; // an entirely empty spreadsheet row is not a record
            // Trailing empty cells are formatting, not fields; count only up to the last filled cell or the header.
            _fields = fields[..Math.Max(last + 1, Math.Min(count, _headers.Length))];
            return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override ReadOnlySpan<char> Field(int index) => index < _fields.Length ? _fields[index] : [];

    private static string CellText(object? value) => value switch
    {
        null => "",
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        _excel.Dispose();
        _stream.Dispose();
    }
}
