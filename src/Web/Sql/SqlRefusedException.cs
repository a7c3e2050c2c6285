namespace Vacances.Web.Sql;

/// <summary>A researcher query refused before or during execution; the message is French and safe to show.</summary>
public sealed class SqlRefusedException(string message) : Exception(message);
