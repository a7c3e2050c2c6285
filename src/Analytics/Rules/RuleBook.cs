using System.Collections.Frozen;

namespace Vacances.Analytics.Rules;

/// <summary>
/// Every programme's parameters, keyed by programme id. <see cref="LoadEmbedded"/> reads the YAML files under
/// <c>src/Analytics/Rules/&lt;ruleset&gt;/</c> embedded in the assembly; a programme defined twice is refused.
/// </summary>
public sealed class RuleBook
{
    private const string ResourcePrefix = "Vacances.Analytics.Rules.";
    private readonly FrozenDictionary<string, ProgrammeParameters> _programmes;

    public RuleBook(IEnumerable<ProgrammeParameters> programmes)
    {
        var byId = new Dictionary<string, ProgrammeParameters>(StringComparer.Ordinal);
        foreach (var programme in programmes)
            if (!byId.TryAdd(programme.Id, programme))
                throw new ParameterFileException($"Programme {programme.Id} défini deux fois.");
        _programmes = byId.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Programme ids, in ordinal order.</summary>
    public IReadOnlyList<string> ProgrammeIds => [.. _programmes.Keys.Order(StringComparer.Ordinal)];

    public ProgrammeParameters Get(string programmeId) =>
        _programmes.TryGetValue(programmeId, out var programme)
            ? programme
            : throw new ParameterFileException($"Aucun fichier de paramètres pour le programme {programmeId}.");

    /// <summary>Reads the parameter files embedded in this assembly (csproj glob <c>Rules/**/*.yaml</c>).</summary>
    public static RuleBook LoadEmbedded()
    {
        var assembly = typeof(RuleBook).Assembly;
        var programmes = new List<ProgrammeParameters>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(".yaml", StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            programmes.Add(ParameterLoader.Parse(reader.ReadToEnd(), name[ResourcePrefix.Length..]));
        }
        return new RuleBook(programmes);
    }
}
