using Vacances.Jobs.Pipeline;
using Vacances.Jobs.Pipeline.Steps;

namespace Vacances.Benchmarks.Pipeline;

/// <summary>
/// The product's steps (<see cref="OperationSteps"/>) without the documents: <see cref="Reports"/> writes nothing.
/// The pipeline benchmark runs its workers on it (through <c>VACANCES_PIPELINE_STEPS</c>) when asked to leave the
/// PDF reports out: their cost depends on the communes and funders, not on the number of dossiers.
/// </summary>
public sealed class StepsWithoutReports(StoreTarget store) : IPipelineSteps
{
    private readonly OperationSteps _steps = new(store);

    public void Ingest(StepWorkspace workspace, string file) => _steps.Ingest(workspace, file);

    public IReadOnlyList<string> EligibilityChunks(StepWorkspace workspace) => _steps.EligibilityChunks(workspace);

    public void Eligibility(StepWorkspace workspace, string chunk) => _steps.Eligibility(workspace, chunk);

    public void Flows(StepWorkspace workspace) => _steps.Flows(workspace);

    public void Survey(StepWorkspace workspace) => _steps.Survey(workspace);

    public void Indicators(StepWorkspace workspace) => _steps.Indicators(workspace);

    /// <summary>Nothing: the documents are left out of this measurement.</summary>
    public void Reports(StepWorkspace workspace)
    {
    }
}
