using System.Text;
using DuckDB.NET.Data;

namespace Vacances.Ingest.Store;

/// <summary>Writes a row's cells to a DuckDB appender row.</summary>
/// <remarks>
/// Text goes in as UTF-8 bytes encoded into one reused buffer: DuckDB.NET's string overload allocates, for every
/// value, a native copy (<c>Marshal.StringToCoTaskMemUTF8</c>) wrapped in a finalizable safe handle, which the
/// collector and the allocator then pay for on every text cell of millions of rows. The bytes are those the string
/// overload would have written (both encode with <see cref="Encoding.UTF8"/>); DuckDB copies them into its vector.
/// </remarks>
internal sealed class DuckDbRowWriter : IStoreRowWriter
{
    private byte[] _utf8 = new byte[256];

    /// <summary>The appender row being filled.</summary>
    public IDuckDBAppenderRow Row { get; set; } = null!;

    public void Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            // Null is NULL; the empty string keeps the string overload (an empty span would be taken for NULL).
            Row.AppendValue(value);
            return;
        }
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (most > _utf8.Length) _utf8 = new byte[Math.Max(most, 2 * _utf8.Length)];
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Row.AppendValue(_utf8.AsSpan(0, length));
    }

    public void Decimal(decimal? value) => Row.AppendValue(value);
    public void Date(DateOnly? value) => Row.AppendValue(value);
    public void Int(int? value) => Row.AppendValue(value);
    public void Long(long? value) => Row.AppendValue(value);
    public void Bool(bool? value) => Row.AppendValue(value);
}
