using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// What the steps after the eligibility fan-in derive from its merged results (<see cref="RunComputations.Derived"/>):
/// the results counted per programme (DESIGN §4.3, <see cref="ProgrammeTallies"/>), the aid flows (§4.4) and the indicator catalogue's
/// cells, unsuppressed (§5; disclosure control is applied by the published documents).
/// </summary>
public sealed record EligibilityDerived(
    ProgrammeTallies Programmes,
    AidFlowResult Flows,
    IReadOnlyList<IndicatorCell> Cells);
