using System.Collections.Frozen;

namespace Vacances.Ingest.Model;

/// <summary>A two-way map between canonical code spellings and an enum; parsing ignores case.</summary>
public sealed class CodeMap<TEnum> where TEnum : struct, Enum
{
    private readonly FrozenDictionary<string, TEnum> _byCode;
    private readonly FrozenDictionary<TEnum, string> _byValue;

    public CodeMap(params (string Code, TEnum Value)[] pairs)
    {
        _byCode = pairs.ToFrozenDictionary(p => p.Code, p => p.Value, StringComparer.OrdinalIgnoreCase);
        _byValue = pairs.ToFrozenDictionary(p => p.Value, p => p.Code);
        Codes = pairs.Select(p => p.Code).ToArray();
    }

    /// <summary>The canonical spellings, in declaration order.</summary>
    public IReadOnlyList<string> Codes { get; }

    public bool TryParse(ReadOnlySpan<char> code, out TEnum value) =>
        _byCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code.Trim(), out value);

    public string ToCode(TEnum value) => _byValue[value];
}
