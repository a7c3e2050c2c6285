namespace Vacances.Analytics.Flows;

/// <summary>A compliance alert on recorded grants (DESIGN §4.4), kept as data for the bilan and the dashboards.</summary>
/// <param name="ParticipantId">The person concerned, empty for a dossier-level alert.</param>
/// <param name="Programme">The programme concerned, empty for <see cref="ComplianceAlertKind.AidsAboveCost"/>.</param>
/// <param name="AmountEur">The recorded amount at stake (the grant, or the dossier's aids).</param>
/// <param name="LimitEur">The limit it exceeds (ceiling, cost), null when the alert has no amount limit.</param>
/// <param name="Message">French explanation for staff.</param>
public sealed record ComplianceAlert(
    ComplianceAlertKind Kind,
    string DossierId,
    string ParticipantId,
    string Programme,
    decimal AmountEur,
    decimal? LimitEur,
    string Message)
{
    /// <summary>Stable code of the alert kind, used as the <c>alerte</c> category of the indicators.</summary>
    public string Code => CodeOf(Kind);

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
