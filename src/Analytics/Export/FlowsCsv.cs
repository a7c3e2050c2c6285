using Vacances.Analytics.Flows;

namespace Vacances.Analytics.Export;

/// <summary>
/// The <c>vacances flows</c> CSV (DESIGN §2): <c>funder;programme;commune_insee;dispositif;amount_eur;estimated</c>,
/// amounts with a point and 2 decimals, estimated <c>true</c>/<c>false</c>.
/// </summary>
public static class FlowsCsv
{
    public const string Header = "funder;programme;commune_insee;dispositif;amount_eur;estimated";

    public static void Write(TextWriter writer, IEnumerable<AidFlow> flows)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var f in flows)
        {
            writer.Write(string.Join(CsvCells.Separator, CsvCells.Text(f.Funder), CsvCells.Text(f.Programme),
                CsvCells.Text(f.CommuneInsee), CsvCells.Text(f.Dispositif), CsvCells.Money(f.AmountEur), CsvCells.Bool(f.Estimated)));
            writer.Write('\n');
        }
    }
}
