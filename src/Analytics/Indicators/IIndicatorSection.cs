namespace Vacances.Analytics.Indicators;

/// <summary>
/// One section of the indicator catalogue (<c>departs</c>, <c>public</c>, <c>pros</c>, <c>flux</c>,
/// <c>territoire</c>, and <c>enquete</c> from the survey module): its definitions and how to compute them.
/// </summary>
public interface IIndicatorSection
{
    /// <summary>The section's definitions, in the order its values are emitted.</summary>
    IReadOnlyList<IndicatorDefinition> Definitions { get; }

    /// <summary>
    /// Computes every definition: for each, the <c>total</c> cell first, then each dimension of the definition in
    /// order, categories in ordinal order.
    /// </summary>
    IEnumerable<IndicatorCell> Compute(IndicatorContext context);

    /// <summary>
    /// Whether <see cref="Compute"/> reads the dossier and participant facts of the context, which the first section
    /// to ask builds while the others wait: <see cref="IndicatorCatalogue"/> starts the sections that do not read
    /// them first, so that one core builds the facts while another computes those (issue 9). True unless a section
    /// says otherwise; a wrong answer costs time, never correctness.
    /// </summary>
    bool ReadsOperationFacts => true;
}
