using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Survey;

/// <summary>
/// The survey indicators of an operation (<see cref="SurveyIndicators.Compute(Vacances.Ingest.Model.OperationData, SurveyIndicatorOptions?)"/>)
/// and how the partants were weighted, for the bilan's methodology section.
/// </summary>
/// <param name="Estimates">Overall estimates then domain estimates, in catalogue order.</param>
/// <param name="PartantsCalibrated">False when raking failed and the partants fell back to SRSWOR weights.</param>
/// <param name="WeightingNote">French sentence describing the weighting (or why calibration was not possible).</param>
public sealed record SurveyIndicatorResults(IReadOnlyList<SurveyIndicatorEstimate> Estimates, bool PartantsCalibrated, string WeightingNote)
{
    /// <summary>No survey in the data: no estimate.</summary>
    public static SurveyIndicatorResults Empty { get; } = new([], false, "Aucune enquête fournie.");

    /// <summary>
    /// The values in the catalogue's shape (DESIGN §5): value = estimate × factor, numerator and denominator the
    /// weighted counts; a cell of fewer than <paramref name="smallCellThreshold"/> respondents is suppressed (DESIGN §10).
    /// </summary>
    public IReadOnlyList<IndicatorValue> ToIndicatorValues(int smallCellThreshold)
    {
        var factors = SurveyIndicatorCatalogue.Specs.ToDictionary(s => s.Definition.Id, s => s.Definition.Factor);
        return Estimates.Select(e => e.N < smallCellThreshold
                ? new IndicatorValue(e.IndicatorId, e.Dimension, e.Category, 0m, null, null, true)
                : new IndicatorValue(e.IndicatorId, e.Dimension, e.Category, ToDecimal(e.WeightedNumerator), ToDecimal(e.WeightedDenominator),
                    ToDecimal(e.Estimate * (double)factors[e.IndicatorId]), false))
            .ToList();
    }

    private static decimal ToDecimal(double value) => Math.Round((decimal)value, 6);
}
