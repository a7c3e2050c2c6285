namespace Vacances.Ingest.Validation;

/// <summary>
/// The columns a canonical file names (DESIGN §3) in a fixed order — readers address them by position in
/// that order — and which of them must be present for the file to be accepted at all.
/// </summary>
public sealed class FileSchema
{
    /// <summary>Describes a file; <paramref name="required"/> are the columns without which the file is refused.</summary>
    public FileSchema(string fileName, string[] columns, string[] required)
    {
        FileName = fileName;
        Columns = columns;
        Required = required;
        if (required.Except(columns).FirstOrDefault() is { } stray)
            throw new ArgumentException($"required column {stray} is not a column of {fileName}", nameof(required));
    }

    /// <summary>Canonical file name, e.g. <c>dossiers.csv</c>.</summary>
    public string FileName { get; }

    /// <summary>Canonical column names, lower case.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Columns whose absence refuses the file (DESIGN §10).</summary>
    public IReadOnlyList<string> Required { get; }
}
