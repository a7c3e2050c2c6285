using Vacances.Reports.Catalogue;
using Vacances.Reports.Input;

namespace Vacances.Reports.Bilan;

/// <summary>What every section builder reads: the input, the catalogue view (with derived effets indicators) and the labels.</summary>
public sealed class ReportContext
{
    public ReportContext(BilanInput input)
    {
        Input = input;
        var (definitions, values) = EffetsIndicators.Complete(input.Definitions, input.Values, input.Verbatims);
        Catalogue = new CatalogueView(definitions, values);
        Labels = new CategoryLabels(input);
    }

    public BilanInput Input { get; }
    public CatalogueView Catalogue { get; }
    public CategoryLabels Labels { get; }

    /// <summary>The total-domain survey estimate behind an indicator, if any.</summary>
    public SurveyOutcome? OutcomeFor(string indicatorId) =>
        Input.SurveyOutcomes.FirstOrDefault(o => o.IndicatorId == indicatorId && o.DomainDimension == "total");
}
