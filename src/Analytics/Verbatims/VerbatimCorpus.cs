using Sylvan.Data.Csv;

namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The labelled corpus shipped in <c>data-samples/verbatims/corpus.csv</c> (columns <c>id;text;register</c>,
/// synthetic answers written for this product, no real person), embedded in this assembly so that the
/// classifier can be trained at first use without touching the file system.
/// </summary>
public static class VerbatimCorpus
{
    private const string ResourceName = "Vacances.Analytics.Verbatims.corpus.csv";

    private static readonly Lazy<IReadOnlyList<LabelledVerbatim>> Embedded = new(LoadEmbedded);

    /// <summary>The embedded training corpus, in file order.</summary>
    public static IReadOnlyList<LabelledVerbatim> Training => Embedded.Value;

    /// <summary>
    /// Parses a labelled corpus (<c>id;text;register</c>, header required, RFC 4180 quoting). Every register must
    /// be one of <see cref="VerbatimRegisters.All"/> and ids must be unique.
    /// </summary>
    public static IReadOnlyList<LabelledVerbatim> Parse(TextReader reader)
    {
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { Delimiter = ';', HasHeaders = true });
        var id = csv.GetOrdinal("id");
        var text = csv.GetOrdinal("text");
        var register = csv.GetOrdinal("register");
        var rows = new List<LabelledVerbatim>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = new LabelledVerbatim(csv.GetString(id), csv.GetString(text), csv.GetString(register));
            if (!VerbatimRegisters.IsKnown(row.Register))
                throw new FormatException($"Registre inconnu « {row.Register} » pour la réponse {row.Id}.");
            if (!seen.Add(row.Id))
                throw new FormatException($"Identifiant en double : {row.Id}.");
            rows.Add(row);
        }
        return rows;
    }

    private static IReadOnlyList<LabelledVerbatim> LoadEmbedded()
    {
        using var stream = typeof(VerbatimCorpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ressource {ResourceName} absente de l'assemblage.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
