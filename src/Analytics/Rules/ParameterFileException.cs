namespace Vacances.Analytics.Rules;

/// <summary>A rule parameter file that does not follow the schema; the French message names the file and the fault.</summary>
public sealed class ParameterFileException(string message) : Exception(message);
