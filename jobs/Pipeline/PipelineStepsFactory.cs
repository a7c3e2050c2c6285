using System.Reflection;
using Vacances.Ingest.Errors;

namespace Vacances.Jobs.Pipeline;

/// <summary>
/// Chooses the <see cref="IPipelineSteps"/> a process runs. <c>VACANCES_PIPELINE_STEPS=&lt;assembly path&gt;|&lt;type&gt;</c>
/// names another implementation (a public type with a constructor taking the <see cref="StoreTarget"/> or none):
/// the fault tests use it to run worker processes on steps whose timing they control.
/// </summary>
public static class PipelineStepsFactory
{
    public const string OverrideVariable = "VACANCES_PIPELINE_STEPS";

    public static IPipelineSteps Create(StoreTarget store)
    {
        var spec = Environment.GetEnvironmentVariable(OverrideVariable);
        if (string.IsNullOrWhiteSpace(spec)) return DefaultSteps(store);
        var parts = spec.Split('|', 2);
        if (parts.Length != 2)
            throw new InfrastructureException($"{OverrideVariable} doit être de la forme « assemblage.dll|Espace.Type ».");
        var type = Assembly.LoadFrom(parts[0]).GetType(parts[1], throwOnError: true)!;
        var instance = type.GetConstructor([typeof(StoreTarget)]) is { } withStore
            ? withStore.Invoke([store])
            : Activator.CreateInstance(type);
        return instance as IPipelineSteps
            ?? throw new InfrastructureException($"{parts[1]} n'implémente pas IPipelineSteps.");
    }

    /// <summary>The product's steps over the other components (<see cref="Steps.OperationSteps"/>).</summary>
    private static IPipelineSteps DefaultSteps(StoreTarget store) => new Steps.OperationSteps(store);
}
