using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// What the steps after the eligibility fan-in derive from its merged results (<see cref="RunComputations.Derived"/>):
/// the results themselves (DESIGN §4.3, without explanations), the aid flows (§4.4) and the indicator catalogue's
/// cells, unsuppressed (§5; disclosure control is applied by the published documents).
/// </summary>
public sealed record EligibilityDerived(
    IReadOnlyList<EligibilityResult> Results,
    AidFlowResult Flows,
    IReadOnlyList<IndicatorCell> Cells);
