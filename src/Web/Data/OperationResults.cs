using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Web.Sql;

namespace Vacances.Web.Data;

/// <summary>
/// What a pipeline run publishes for the web (DESIGN §9): the indicator catalogue with its values, unsuppressed for
/// staff and disclosure-controlled for funders and researchers, the aid flows, and the researcher views
/// (pseudonymised, coarsened survey microdata) with the margins their estimates are calibrated on.
/// </summary>
public sealed record OperationResults(
    string OperationId,
    string OperationName,
    IReadOnlyList<IndicatorDefinition> Definitions,
    IReadOnlyList<IndicatorValue> StaffIndicators,
    IReadOnlyList<IndicatorValue> PublicIndicators,
    IReadOnlyList<AidFlow> Flows,
    ResearcherView Partants,
    ResearcherView Professionnels,
    IReadOnlyList<MarginRow> Margins);
