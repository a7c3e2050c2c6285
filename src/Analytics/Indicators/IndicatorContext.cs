namespace Vacances.Analytics.Indicators;

/// <summary>
/// The inputs of one computation and the per-dossier facts the core sections share (built once, in linear time).
/// </summary>
public sealed class IndicatorContext
{
    private readonly Lazy<OperationFacts> _facts;

    public IndicatorContext(IndicatorInputs inputs)
    {
        Inputs = inputs;
        _facts = new Lazy<OperationFacts>(() => new OperationFacts(inputs.Data));
    }

    public IndicatorInputs Inputs { get; }

    internal OperationFacts Facts => _facts.Value;
}
