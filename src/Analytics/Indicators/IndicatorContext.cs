namespace Vacances.Analytics.Indicators;

/// <summary>
/// The inputs of one computation and the per-dossier facts the core sections share (built once, in linear time).
/// The sections of a catalogue run concurrently (<see cref="IndicatorCatalogue.ComputeCells"/>): the first one to
/// ask builds the facts, the others wait for that one build (<see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>).
/// </summary>
public sealed class IndicatorContext
{
    private readonly Lazy<OperationFacts> _facts;

    public IndicatorContext(IndicatorInputs inputs)
    {
        Inputs = inputs;
        _facts = new Lazy<OperationFacts>(() => new OperationFacts(inputs.Data), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IndicatorInputs Inputs { get; }

    internal OperationFacts Facts => _facts.Value;
}
