using System.Globalization;
using Vacances.Jobs.Pipeline;
using Vacances.Jobs.Pipeline.Steps;

namespace Vacances.Jobs.Tests.Pipeline;

/// <summary>
/// The product's steps (<see cref="OperationSteps"/>) for the fault tests on real data: every step is the real one
/// except <see cref="Reports"/>, which writes nothing — the HTML and PDF documents are rendered from the same
/// <c>indicators.csv</c>, <c>flows.csv</c> and eligibility results, so the byte comparison stops at the indicators
/// and the test keeps within a couple of minutes. Each eligibility chunk may be slowed by
/// <see cref="DigestSteps.DelayVariable"/> (milliseconds) so that a worker can be killed mid-run.
/// Worker processes load it through <c>VACANCES_PIPELINE_STEPS</c>.
/// </summary>
public sealed class ProductStepsWithoutReports(StoreTarget store) : IPipelineSteps
{
    private readonly OperationSteps _steps = new(store);

    public void Ingest(StepWorkspace workspace, string file) => _steps.Ingest(workspace, file);

    public IReadOnlyList<string> EligibilityChunks(StepWorkspace workspace) => _steps.EligibilityChunks(workspace);

    public void Eligibility(StepWorkspace workspace, string chunk)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(DigestSteps.DelayVariable), CultureInfo.InvariantCulture, out var delay)) Thread.Sleep(delay);
        _steps.Eligibility(workspace, chunk);
    }

    public void Flows(StepWorkspace workspace) => _steps.Flows(workspace);

    public void Survey(StepWorkspace workspace) => _steps.Survey(workspace);

    public void Indicators(StepWorkspace workspace) => _steps.Indicators(workspace);

    /// <summary>Nothing: the documents are out of this comparison (see the type's summary).</summary>
    public void Reports(StepWorkspace workspace)
    {
    }
}
