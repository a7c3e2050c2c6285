namespace Vacances.TestSupport;

/// <summary>Paths of the repository and of <c>../shared</c>, found from the test binaries' folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The folder holding <c>Vacances.Analytics.sln</c>.</summary>
    public static string Root => RootLazy.Value;

    public static string DataSamples => Path.Combine(Root, "data-samples");

    /// <summary>The shared folder beside the repository (seeds, interpretations), as CI lays it out.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Vacances.Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Vacances.Analytics.sln introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
