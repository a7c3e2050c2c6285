using System.Runtime;
using System.Text;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;

namespace Vacances.Jobs.Cli;

/// <summary>
/// The load → eligibility → flows steps the <c>flows</c> and <c>indicators</c> verbs share: the accepted rows of an
/// operation folder, the eligibility results of the embedded rules, the aid-flow reconstruction. The operation returned
/// has no grants (<see cref="OperationData.Aids"/> empty): they are in the flow lines.
/// </summary>
internal static class OperationAnalysis
{
    public static (OperationData Data, AidFlowResult Flows) LoadAndReconstruct(string directory)
    {
        // A one-shot batch over millions of rows that all stay alive: blocking collections cost less than background
        // ones competing for the machine's two cores (issue 9).
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        var data = OperationFolder.Load(directory);
        // The eligibility is decided part by part while the flows read the previous part (issue 9).
        var flows = AidFlowReconstruction.Reconstruct(data, EligibilityEngine.LoadDefault());
        // The grants live on in the flow lines, which is what the indicators read: the records themselves are let go
        // (2,6 GiB at 10 million dossiers).
        return (data with { Aids = [] }, flows);
    }

    /// <summary>The indicator inputs with the COG populations of the embedded referential.</summary>
    public static IndicatorInputs Inputs(OperationData data, AidFlowResult flows) =>
        new(data, flows, CommuneReferential.Default.ByCode);

    /// <summary>Writes a UTF-8 (no BOM) file; an unwritable path is an infrastructure failure (exit 3).</summary>
    public static void WriteFile(string path, Action<TextWriter> write)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            write(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InfrastructureException($"écriture impossible de « {path} » : {e.Message}", e);
        }
    }
}
