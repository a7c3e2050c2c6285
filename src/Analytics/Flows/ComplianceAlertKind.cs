namespace Vacances.Analytics.Flows;

/// <summary>What a compliance alert of the aid-flow reconstruction found (DESIGN §4.4).</summary>
public enum ComplianceAlertKind
{
    /// <summary>A recorded grant above the ceiling its programme's rules compute (e.g. APV above 80 % of the cost, I-42).</summary>
    AboveCeiling,
    /// <summary>A recorded grant of a programme whose conditions the dossier or participant does not meet.</summary>
    ConditionsNotMet,
    /// <summary>A person aided twice in one calendar year by the once-a-year ANCV programmes (I-09).</summary>
    AidedTwiceInYear,
    /// <summary>The recorded grants of a dossier add up to more than its whole cost.</summary>
    AidsAboveCost,
    /// <summary>A recorded grant names a dossier absent from <c>dossiers.csv</c>.</summary>
    UnknownDossier,
}
