using System.Text;

namespace Vacances.Ingest.Tabular;

/// <summary>What <see cref="TextSniffer"/> found about a CSV file: its encoding and field separator.</summary>
/// <param name="Encoding">UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252.</param>
/// <param name="Separator"><c>;</c> or <c>,</c>, the more frequent of the two in the header line.</param>
public sealed record TextFormat(Encoding Encoding, char Separator);
