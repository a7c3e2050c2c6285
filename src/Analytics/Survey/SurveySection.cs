using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Survey;

/// <summary>
/// Section <c>enquete</c> of the indicator catalogue (DESIGN §5, §6; seed <c>001_0c9c9836ad075950.txt</c>): the
/// weighted survey figures of <see cref="SurveyIndicatorCatalogue"/>, computed by <see cref="SurveyIndicators"/> on
/// the operation's survey. Value = estimate × factor; numerator and denominator are the weighted counts (estimated
/// people, or total hours for a mean). A definition whose question the survey lacks (or without any survey) has no
/// cell. Disclosure control (DESIGN §10) counts the respondents of the domain behind both the numerator and the
/// denominator: a share estimated on few respondents is what could identify someone, as in
/// <see cref="SurveyIndicatorResults.ToIndicatorValues"/>. Pure: no I/O.
/// </summary>
public sealed class SurveySection : IIndicatorSection
{
    public IReadOnlyList<IndicatorDefinition> Definitions => SurveyIndicatorCatalogue.Definitions;

    /// <summary>Total cell then per-dispositif cells for each indicator, in catalogue order (the estimates' order).</summary>
    /// <remarks>The margins come from the catalogue's shared facts (<see cref="OperationMargins.FromFacts"/>).</remarks>
    public IEnumerable<IndicatorCell> Compute(IndicatorContext context) =>
        Cells(SurveyIndicators.Compute(context.Inputs.Data, () => OperationMargins.FromFacts(context.Facts)));

    /// <summary>The cells of already computed estimates (unsuppressed: disclosure control is applied by the caller).</summary>
    public static IReadOnlyList<IndicatorCell> Cells(SurveyIndicatorResults results)
    {
        var values = results.ToIndicatorValues(smallCellThreshold: 0);
        return results.Estimates.Select((e, i) => new IndicatorCell(values[i], e.N, e.N)).ToList();
    }

    /// <summary>The core catalogue (<see cref="IndicatorCatalogue.Default"/>) followed by this section.</summary>
    public static IndicatorCatalogue Catalogue { get; } = IndicatorCatalogue.Default.With(new SurveySection());
}
