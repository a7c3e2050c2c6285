using Hangfire;

namespace Vacances.Jobs.Pipeline.Hosting;

/// <summary>Builds the pipeline's job classes with this process's <see cref="PipelineServices"/> (no container needed).</summary>
public sealed class PipelineJobActivator(PipelineServices services) : JobActivator
{
    public override object ActivateJob(Type jobType) =>
        jobType.GetConstructor([typeof(PipelineServices)]) is { } constructor
            ? constructor.Invoke([services])
            : base.ActivateJob(jobType);
}
