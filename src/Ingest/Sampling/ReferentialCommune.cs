using System.Globalization;

namespace Vacances.Ingest.Sampling;

/// <summary>A commune of the committed COG referential (<c>src/Ingest/Referential/communes.csv</c>).</summary>
internal sealed record ReferentialCommune(string Code, string Name, int Population, string Epci, string Departement)
{
    private static readonly Lazy<IReadOnlyList<ReferentialCommune>> All = new(Load);

    /// <summary>Current communes (no municipal arrondissements), in the referential's order.</summary>
    public static IReadOnlyList<ReferentialCommune> Current => All.Value;

    public static ReferentialCommune Get(string code) =>
        Current.FirstOrDefault(c => c.Code == code) ?? throw new ArgumentException($"Commune {code} absente du référentiel COG.", nameof(code));

    /// <summary>« Ville d'Avion », « Ville de Lens ».</summary>
    public string TownName => "AEIOUYÉÈÊÂÎÔ".Contains(Name[0], StringComparison.Ordinal) ? $"Ville d'{Name}" : $"Ville de {Name}";

    private static IReadOnlyList<ReferentialCommune> Load()
    {
        using var stream = typeof(ReferentialCommune).Assembly.GetManifestResourceStream("Vacances.Ingest.Referential.communes.csv")
            ?? throw new InvalidOperationException("Référentiel des communes introuvable dans l'assemblage.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var list = new List<ReferentialCommune>(35_000);
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(';');
            if (f[5] != "commune-actuelle") continue;
            list.Add(new ReferentialCommune(f[0], f[1], f[2].Length == 0 ? 0 : int.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4]));
        }
        return list;
    }
}
