using System.Buffers;
using System.Text;
using System.Text.Unicode;
using DuckDBConnection = DuckDB.NET.Data.DuckDBConnection;
using DuckDB.NET.Native;
using Vacances.Ingest.Errors;

namespace Vacances.Ingest.Store;

/// <summary>
/// Appends rows to one DuckDB table through the C API's appender and data chunks: each cell is written in place
/// into its column's vector (numbers, dates and booleans as DuckDB's own physical values, text as UTF-8), and a full
/// chunk of <see cref="Capacity"/> rows is handed to DuckDB at once. DuckDB.NET's row appender does the same work
/// through a per-row object and a per-value type dispatch, and builds decimals through <c>BigInteger</c>; on the
/// DuckDB ingest of 1 000 000 dossiers that managed layer was ≈ 10 % of the process's CPU (benchmarks/RESULTS.md,
/// issue 2). Used by one thread at a time, inside the transaction of the connection it was created on.
/// </summary>
/// <remarks>
/// A decimal is scaled to its column's scale and rounded half away from zero beyond it, as DuckDB casts
/// (<c>DECIMAL(18,4)</c>: 1,23455 is stored 1,2346); a date is its day number since 1970-01-01, a boolean one byte.
/// Text is encoded to UTF-8 with unpaired surrogates replaced (as <see cref="Encoding.UTF8"/> does), so it is valid
/// UTF-8 and DuckDB's validation pass is skipped: up to 12 bytes written in place in the vector, longer text through
/// <c>duckdb_unsafe_vector_assign_string_element_len</c>.
/// Every write checks that it matches its column's type: a schema and a writer that disagree fail loudly
/// instead of storing reinterpreted bytes.
/// </remarks>
internal sealed unsafe class DuckDbChunkAppender : IStoreRowWriter, IDisposable
{
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Size of a <c>duckdb_string_t</c>, and the bytes it holds in place for a string that short.</summary>
    private const int StringSlotBytes = 16, InlinedBytes = 12;

    /// <summary>10^0 … 10^38: DuckDB's decimal scales, and the scales of a .NET decimal (0 … 28).</summary>
    private static readonly Int128[] PowersOfTen = Enumerable.Range(0, 39)
        .Select(e => Enumerable.Repeat((Int128)10, e).Aggregate((Int128)1, (p, ten) => p * ten)).ToArray();

    private readonly DuckDBAppender _appender;
    private readonly DuckDBDataChunk _chunk;
    private readonly DuckDBType[] _types;
    private readonly DuckDBType[] _decimalStorage;
    private readonly int[] _decimalScale;
    private readonly nint[] _vectors;
    private readonly nint[] _data;
    private readonly nint[] _validity;
    private byte[] _utf8 = new byte[256];
    private int _row;
    private int _column;
    private readonly string _fileName;
    private bool _closed;

    /// <summary>
    /// Opens an appender on <paramref name="schema"/>.<paramref name="table"/> of <paramref name="connection"/> for the
    /// rows of <paramref name="fileName"/> (named in the <see cref="InfrastructureException"/> DuckDB's refusals become).
    /// </summary>
    public DuckDbChunkAppender(DuckDBConnection connection, string schema, string table, string fileName)
    {
        _fileName = fileName;
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, schema, table, out _appender) != DuckDBState.Success)
        {
            var message = Error();
            _appender.Dispose();
            throw DuckDbFileLoad.Failure(fileName, $"table {schema}.{table} : {message}");
        }
        var count = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(_appender);
        _types = new DuckDBType[count];
        _decimalStorage = new DuckDBType[count];
        _decimalScale = new int[count];
        var logicalTypes = new DuckDBLogicalType[count];
        for (var c = 0; c < count; c++)
        {
            logicalTypes[c] = NativeMethods.Appender.DuckDBAppenderColumnType(_appender, (ulong)c);
            _types[c] = NativeMethods.LogicalType.DuckDBGetTypeId(logicalTypes[c]);
            if (_types[c] != DuckDBType.Decimal) continue;
            _decimalStorage[c] = NativeMethods.LogicalType.DuckDBDecimalInternalType(logicalTypes[c]);
            _decimalScale[c] = NativeMethods.LogicalType.DuckDBDecimalScale(logicalTypes[c]);
        }
        _chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(logicalTypes.Select(t => t.DangerousGetHandle()).ToArray(), (ulong)count);
        foreach (var type in logicalTypes) type.Dispose();
        Capacity = (int)NativeMethods.Helpers.DuckDBVectorSize();
        _vectors = new nint[count];
        _data = new nint[count];
        _validity = new nint[count];
        BindVectors();
    }

    /// <summary>Rows per chunk handed to DuckDB (its vector size).</summary>
    public int Capacity { get; }

    /// <summary>Starts a row: the next write fills its first column.</summary>
    public void BeginRow() => _column = 0;

    /// <summary>Ends a row (all its columns written); hands the chunk to DuckDB when it is full.</summary>
    public void EndRow()
    {
        if (_column != _types.Length)
            throw new InvalidOperationException($"Ligne incomplète : {_column} colonnes écrites sur {_types.Length}.");
        if (++_row == Capacity) Flush();
    }

    /// <inheritdoc />
    public void Text(string? value)
    {
        var column = Next(DuckDBType.Varchar);
        if (value is null) { SetNull(column); return; }
        if (value.Length <= InlinedBytes && TryInline(value, (byte*)_data[column] + (long)_row * StringSlotBytes)) return;
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (max > _utf8.Length) _utf8 = new byte[Math.Max(max, 2 * _utf8.Length)];
        var length = Encoding.UTF8.GetBytes(value, _utf8);
        fixed (byte* bytes = _utf8)
            NativeMethods.Vectors.DuckDBUnsafeVectorAssignStringElementLength(_vectors[column], (ulong)_row, bytes, length);
    }

    /// <summary>
    /// Writes <paramref name="value"/> straight into its <c>duckdb_string_t</c> slot when its UTF-8 form fits the
    /// slot's inlined bytes (identifiers, codes, communes: most cells): the 32-bit length, then the bytes, the rest of
    /// the 16-byte slot zero — the layout <c>duckdb.h</c> publishes and DuckDB itself gives a short string (no heap, no
    /// call into DuckDB). False when the value needs more bytes; the slot is then left for the general path.
    /// </summary>
    private static bool TryInline(string value, byte* slot)
    {
        var inlined = new Span<byte>(slot + sizeof(uint), InlinedBytes);
        if (Utf8.FromUtf16(value, inlined, out _, out var written) != OperationStatus.Done) return false;
        inlined[written..].Clear();
        *(uint*)slot = (uint)written;
        return true;
    }

    /// <inheritdoc />
    public void Decimal(decimal? value)
    {
        var column = Next(DuckDBType.Decimal);
        if (value is not { } number) { SetNull(column); return; }
        var scaled = Scaled(number, _decimalScale[column]);
        var data = (void*)_data[column];
        switch (_decimalStorage[column])
        {
            case DuckDBType.HugeInt: ((Int128*)data)[_row] = scaled; break;
            case DuckDBType.BigInt: ((long*)data)[_row] = checked((long)scaled); break;
            case DuckDBType.Integer: ((int*)data)[_row] = checked((int)scaled); break;
            default: ((short*)data)[_row] = checked((short)scaled); break;
        }
    }

    /// <inheritdoc />
    public void Date(DateOnly? value)
    {
        var column = Next(DuckDBType.Date);
        if (value is { } day) ((int*)_data[column])[_row] = day.DayNumber - UnixEpochDay;
        else SetNull(column);
    }

    /// <inheritdoc />
    public void Int(int? value)
    {
        var column = Next(DuckDBType.Integer);
        if (value is { } number) ((int*)_data[column])[_row] = number;
        else SetNull(column);
    }

    /// <inheritdoc />
    public void Long(long? value)
    {
        var column = Next(DuckDBType.BigInt);
        if (value is { } number) ((long*)_data[column])[_row] = number;
        else SetNull(column);
    }

    /// <inheritdoc />
    public void Bool(bool? value)
    {
        var column = Next(DuckDBType.Boolean);
        if (value is { } flag) ((byte*)_data[column])[_row] = flag ? (byte)1 : (byte)0;
        else SetNull(column);
    }

    /// <summary>Hands the rows of the current chunk to DuckDB, then flushes and closes the appender.</summary>
    public void Close()
    {
        Flush();
        _closed = true;
        Check(NativeMethods.Appender.DuckDBAppenderClose(_appender));
    }

    /// <summary>Releases the chunk and the appender; rows not handed over by <see cref="Close"/> are discarded.</summary>
    public void Dispose()
    {
        // Destroying an appender flushes what it holds: a load that failed discards it first (its transaction is rolled back anyway).
        if (!_closed) NativeMethods.Appender.DuckDBAppenderClear(_appender);
        _chunk.Dispose();
        _appender.Dispose();
    }

    /// <summary>The value × 10^<paramref name="scale"/>, rounded half away from zero beyond the scale (DuckDB's cast rule).</summary>
    private static Int128 Scaled(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        var valueScale = (bits[3] >> 16) & 0xFF;
        Int128 scaled;
        if (valueScale <= scale) scaled = mantissa * PowersOfTen[scale - valueScale];
        else
        {
            var divisor = PowersOfTen[valueScale - scale];
            var (quotient, remainder) = Int128.DivRem(mantissa, divisor);
            scaled = 2 * remainder >= divisor ? quotient + 1 : quotient;
        }
        return bits[3] < 0 ? -scaled : scaled;
    }

    private int Next(DuckDBType expected)
    {
        var column = _column++;
        if (column >= _types.Length || _types[column] != expected)
            throw new InvalidOperationException(
                $"Écriture {expected} en colonne {column} : la table a {(column < _types.Length ? _types[column].ToString() : "moins de colonnes")}.");
        return column;
    }

    private void SetNull(int column)
    {
        if (_validity[column] == 0)
        {
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(_vectors[column]);
            _validity[column] = (nint)NativeMethods.Vectors.DuckDBVectorGetValidity(_vectors[column]);
        }
        ((ulong*)_validity[column])[_row >> 6] &= ~(1UL << (_row & 63));
    }

    private void Flush()
    {
        if (_row == 0) return;
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(_chunk, (ulong)_row);
        Check(NativeMethods.Appender.DuckDBAppendDataChunk(_appender, _chunk));
        NativeMethods.DataChunks.DuckDBDataChunkReset(_chunk);
        _row = 0;
        BindVectors();
    }

    /// <summary>Takes the chunk's vectors afresh: a reset chunk may hand out new buffers, and its validity masks are gone.</summary>
    private void BindVectors()
    {
        for (var c = 0; c < _types.Length; c++)
        {
            _vectors[c] = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, c);
            _data[c] = (nint)NativeMethods.Vectors.DuckDBVectorGetData(_vectors[c]);
            _validity[c] = 0;
        }
    }

    private void Check(DuckDBState state)
    {
        if (state != DuckDBState.Success) throw DuckDbFileLoad.Failure(_fileName, Error());
    }

    private string Error()
    {
        using var error = NativeMethods.Appender.DuckDBAppenderErrorData(_appender);
        return error.HasError ? error.Message ?? "" : "erreur DuckDB sans message";
    }
}
