namespace Vacances.Analytics.Indicators;

/// <summary>
/// The dimension codes of indicator values (column <c>dimension</c> of <c>vacances indicators</c>).
/// <see cref="Total"/> carries the overall figure with an empty category.
/// </summary>
public static class IndicatorDimensions
{
    public const string Total = "total";
    /// <summary>Residence commune of the dossier (INSEE code), or the professional's commune.</summary>
    public const string Commune = "commune";
    /// <summary>Dispositif code of the dossier.</summary>
    public const string Dispositif = "dispositif";
    /// <summary><c>yyyy-MM</c> of the stay's first day (or of the professionals' month).</summary>
    public const string Mois = "mois";
    /// <summary>Destination département (<c>62</c>, <c>2A</c>, <c>974</c>), ISO country code abroad, <c>inconnue</c>.</summary>
    public const string Destination = "destination";
    public const string Pcs = "pcs";
    public const string TypeMenage = "type_menage";
    public const string TrancheQf = "tranche_qf";
    /// <summary>Professional's role as written in <c>professionals.csv</c>.</summary>
    public const string Role = "role";
    public const string Financeur = "financeur";
    public const string Programme = "programme";
    /// <summary>Compliance alert kind (<see cref="Flows.ComplianceAlert.Code"/>).</summary>
    public const string Alerte = "alerte";
}
