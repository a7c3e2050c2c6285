namespace Vacances.Ingest.Errors;

/// <summary>
/// User input that cannot be used at all (a file that is not text, has no header, lacks a required column…).
/// The message is French and names the file, and the line and column when there is one; the CLI prints it
/// and exits with code 1 (DESIGN §2), never a stack trace.
/// </summary>
public sealed class InvalidInputException(string file, long? line, string? column, string reason)
    : Exception(Format(file, line, column, reason))
{
    public string File { get; } = file;
    public long? Line { get; } = line;
    public string? Column { get; } = column;
    public string Reason { get; } = reason;

    private static string Format(string file, long? line, string? column, string reason)
    {
        var where = file;
        if (line is { } l) where += $", ligne {l}";
        if (!string.IsNullOrEmpty(column)) where += $", colonne « {column} »";
        return $"{where} : {reason}";
    }
}
