using System.Collections.Frozen;
using System.Reflection;

namespace Vacances.Ingest.Referential;

/// <summary>
/// The official commune codes (COG) the ingest validates <c>commune_insee</c> and <c>destination_insee</c> against,
/// with names and populations for reports. Built by <c>tools/cog/build-referential.mjs</c> from the npm package
/// <c>@etalab/decoupage-administratif</c> 6.0.0 and embedded in this assembly (issue 2, item 4).
/// </summary>
public sealed class CommuneReferential
{
    private static readonly Lazy<CommuneReferential> DefaultLazy = new(LoadEmbedded);
    private readonly FrozenDictionary<string, Commune> _byCode;

    private CommuneReferential(IEnumerable<Commune> communes)
    {
        _byCode = communes.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        All = _byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The embedded referential (loaded once).</summary>
    public static CommuneReferential Default => DefaultLazy.Value;

    /// <summary>Every commune, ordered by code.</summary>
    public IReadOnlyList<Commune> All { get; }

    /// <summary>Every commune by INSEE code (case-insensitive).</summary>
    public IReadOnlyDictionary<string, Commune> ByCode => _byCode;

    /// <summary>True when <paramref name="code"/> is a COG commune or municipal arrondissement code.</summary>
    public bool Contains(ReadOnlySpan<char> code) =>
        _byCode.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(code.Trim());

    /// <summary>The commune of <paramref name="code"/>, or null.</summary>
    public Commune? Find(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>The commune's French name, or the code itself when unknown.</summary>
    public string NameOf(string code) => Find(code)?.Name ?? code;

    private static CommuneReferential LoadEmbedded()
    {
        using var stream = typeof(CommuneReferential).Assembly.GetManifestResourceStream("Vacances.Ingest.Referential.communes.csv")
            ?? throw new InvalidOperationException("référentiel des communes absent de l'assemblage");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var communes = new List<Commune>(36_000);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(';');
            communes.Add(new Commune(f[0], f[1], int.TryParse(f[2], out var p) ? p : null, f[3], f[4], f[5]));
        }
        return new CommuneReferential(communes);
    }
}
