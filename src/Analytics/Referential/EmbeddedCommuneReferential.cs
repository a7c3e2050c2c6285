using System.Globalization;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Referential;

/// <summary>
/// Reads the COG referential embedded in the ingest assembly (<c>Vacances.Ingest.Referential.communes.csv</c>:
/// <c>code;nom;population;epci;departement;type</c>, written by <c>tools/cog/build-referential.mjs</c>). A stand-in
/// until the ingest branch publishes its <c>CommuneReferential</c>: callers only see
/// <see cref="CommunePopulation"/>, so swapping the reader changes nothing else.
/// </summary>
public static class EmbeddedCommuneReferential
{
    private const string ResourceName = "Vacances.Ingest.Referential.communes.csv";
    private static readonly Lazy<IReadOnlyDictionary<string, CommunePopulation>> Cached = new(Read);

    /// <summary>Communes by INSEE code (municipal arrondissements included), read once per process.</summary>
    public static IReadOnlyDictionary<string, CommunePopulation> Communes => Cached.Value;

    private static IReadOnlyDictionary<string, CommunePopulation> Read()
    {
        using var stream = typeof(Dossier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ressource {ResourceName} absente de Vacances.Ingest.");
        using var reader = new StreamReader(stream);
        var communes = new Dictionary<string, CommunePopulation>(StringComparer.Ordinal);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split(';');
            if (cells.Length < 6) continue;
            // A few uninhabited territories (TAAF) have no population: 0.
            var population = cells[2].Length == 0 ? 0L : long.Parse(cells[2], NumberStyles.Integer, CultureInfo.InvariantCulture);
            communes.TryAdd(cells[0], new CommunePopulation(cells[0], cells[1], population, cells[3], cells[4],
                cells[5] == "arrondissement-municipal"));
        }
        return communes;
    }
}
