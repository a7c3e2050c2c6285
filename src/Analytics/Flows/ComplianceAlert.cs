using System.Globalization;

namespace Vacances.Analytics.Flows;

/// <summary>A compliance alert on recorded grants (DESIGN §4.4), kept as data for the bilan and the dashboards.</summary>
/// <param name="ParticipantId">The person concerned, empty for a dossier-level alert.</param>
/// <param name="Programme">The programme concerned, empty for <see cref="ComplianceAlertKind.AidsAboveCost"/>.</param>
/// <param name="AmountEur">The recorded amount at stake (the grant, or the dossier's aids).</param>
/// <param name="LimitEur">The limit it exceeds (ceiling, cost), null when the alert has no amount limit.</param>
public sealed record ComplianceAlert(
    ComplianceAlertKind Kind,
    string DossierId,
    string ParticipantId,
    string Programme,
    decimal AmountEur,
    decimal? LimitEur)
{
    private readonly string _detail = "";
    private readonly int _year;

    /// <summary>
    /// An alert with what its message quotes beyond the fields: the reasons' text for
    /// <see cref="ComplianceAlertKind.ConditionsNotMet"/>; the first dossier aided that <paramref name="year"/> for
    /// <see cref="ComplianceAlertKind.AidedTwiceInYear"/>.
    /// </summary>
    internal ComplianceAlert(ComplianceAlertKind kind, string dossierId, string participantId, string programme,
        decimal amountEur, decimal? limitEur, string detail, int year = 0)
        : this(kind, dossierId, participantId, programme, amountEur, limitEur) => (_detail, _year) = (detail, year);

    /// <summary>
    /// French explanation for staff. Built on demand from the alert's fields: an operation of a million dossiers
    /// raises hundreds of thousands of alerts that the indicators only count, so formatting every message up front,
    /// or keeping a closure per alert, dominated the reconstruction's time and memory (issue 9).
    /// </summary>
    public string Message => Kind switch
    {
        ComplianceAlertKind.UnknownDossier => $"Aide {Programme} de {Eur(AmountEur)} pour le dossier {DossierId}, absent de dossiers.csv.",
        ComplianceAlertKind.AidsAboveCost => $"Les aides enregistrées ({Eur(AmountEur)}) dépassent le coût du séjour ({Eur(LimitEur ?? 0m)}).",
        ComplianceAlertKind.ConditionsNotMet => $"Aide {Programme} de {Eur(AmountEur)} enregistrée alors que les conditions ne sont pas remplies : {_detail}.",
        ComplianceAlertKind.AboveCeiling => $"Aide {Programme} de {Eur(AmountEur)} au-dessus du plafond calculé par les règles ({Eur(LimitEur ?? 0m)}).",
        _ => $"La personne {ParticipantId} est déjà aidée en {_year} dans le dossier {_detail} (une aide par année civile, I-09).",
    };

    private static string Eur(decimal amount) => amount.ToString("#,##0.00", CultureInfo.GetCultureInfo("fr-FR")) + " €";

    /// <summary>Stable code of the alert kind, used as the <c>alerte</c> category of the indicators.</summary>
    public string Code => CodeOf(Kind);

    /// <summary>Equal alerts: same kind, dossier, person, programme and amounts (the message follows from them).</summary>
    public bool Equals(ComplianceAlert? other) =>
        other is not null && Kind == other.Kind && DossierId == other.DossierId && ParticipantId == other.ParticipantId
        && Programme == other.Programme && AmountEur == other.AmountEur && LimitEur == other.LimitEur;

    public override int GetHashCode() => HashCode.Combine(Kind, DossierId, ParticipantId, Programme, AmountEur, LimitEur);

    /// <summary>Stable code of an alert kind.</summary>
    public static string CodeOf(ComplianceAlertKind kind) => kind switch
    {
        ComplianceAlertKind.AboveCeiling => "au_dessus_du_plafond",
        ComplianceAlertKind.ConditionsNotMet => "conditions_non_remplies",
        ComplianceAlertKind.AidedTwiceInYear => "aide_deux_fois_dans_l_annee",
        ComplianceAlertKind.AidsAboveCost => "aides_superieures_au_cout",
        ComplianceAlertKind.UnknownDossier => "dossier_inconnu",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
