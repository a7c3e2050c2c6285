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
    private readonly Func<string>? _message;

    /// <summary>An alert whose French message is built by <paramref name="message"/> only when it is read.</summary>
    public ComplianceAlert(ComplianceAlertKind kind, string dossierId, string participantId, string programme,
        decimal amountEur, decimal? limitEur, Func<string> message)
        : this(kind, dossierId, participantId, programme, amountEur, limitEur) => _message = message;

    /// <summary>
    /// French explanation for staff. Built on demand: an operation of a million dossiers raises hundreds of
    /// thousands of alerts that the indicators only count, so formatting every message up front dominated the
    /// reconstruction's time and memory (issue 9).
    /// </summary>
    public string Message => _message?.Invoke() ?? "";

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
