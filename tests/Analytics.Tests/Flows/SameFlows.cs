using Vacances.Analytics.Flows;

namespace Vacances.Analytics.Tests.Flows;

/// <summary>What "the same reconstruction" means when only the order in which dossiers were added differs.</summary>
internal static class SameFlows
{
    /// <summary>
    /// Same lines (each dossier's together and in order, the dossiers in any order), flows, totals, alerts and alert
    /// messages; and the sample exercises the alerts that read eligibility rows.
    /// </summary>
    public static void Assert(AidFlowResult expected, AidFlowResult actual)
    {
        Xunit.Assert.Equal(expected.Lines.OrderBy(l => l.DossierId, StringComparer.Ordinal), actual.Lines.OrderBy(l => l.DossierId, StringComparer.Ordinal));
        Xunit.Assert.Equal(expected.Flows, actual.Flows);
        Xunit.Assert.Equal(expected.Totals, actual.Totals);
        Xunit.Assert.Equal(expected.Alerts, actual.Alerts);
        Xunit.Assert.Equal(expected.Alerts.Select(a => a.Message), actual.Alerts.Select(a => a.Message));
        Xunit.Assert.Contains(expected.Alerts, a => a.Kind == ComplianceAlertKind.ConditionsNotMet);
        Xunit.Assert.Contains(expected.Alerts, a => a.Kind == ComplianceAlertKind.AboveCeiling);
        Xunit.Assert.Contains(expected.Alerts, a => a.Kind == ComplianceAlertKind.AidedTwiceInYear);
    }
}
