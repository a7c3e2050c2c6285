using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Verbatims;
using Vacances.Ingest.Model;

namespace Vacances.Reports.Input;

/// <summary>
/// Everything the bilan, the commune fiches and the funder reports are built from (DESIGN §8). The reports are
/// data-driven: each section shows the catalogue's indicators of its <see cref="IndicatorDefinition.Section"/>, for
/// every dimension present, so every figure shown is an <see cref="IndicatorValue"/> (or, for the aid flows, a sum of
/// <see cref="AidFlow"/> lines). No clock: <see cref="PublicationDate"/> comes from the caller.
/// </summary>
public sealed record BilanInput
{
    public required OperationConfig Operation { get; init; }

    /// <summary>Date printed on the covers, in words.</summary>
    public required DateOnly PublicationDate { get; init; }

    public required IReadOnlyList<IndicatorDefinition> Definitions { get; init; }
    public required IReadOnlyList<IndicatorValue> Values { get; init; }

    public IReadOnlyList<AidFlow> Flows { get; init; } = [];

    /// <summary>Recorded grants above their computed ceiling (DESIGN §4.4).</summary>
    public int ComplianceAlerts { get; init; }

    public IReadOnlyList<SurveyOutcome> SurveyOutcomes { get; init; } = [];
    public SurveyDesign? SurveyDesign { get; init; }

    /// <summary>Classified free-text answers; the examples shown are the most confident of each register.</summary>
    public IReadOnlyList<ClassifiedVerbatim> Verbatims { get; init; } = [];
    public ClassifierMetrics? Classifier { get; init; }

    public IReadOnlyList<QualityLine> Quality { get; init; } = [];
    public IReadOnlyList<ProgrammeSummary> Eligibility { get; init; } = [];

    /// <summary>Communes of the territory (COG names and populations).</summary>
    public IReadOnlyList<CommuneInfo> Communes { get; init; } = [];
}
