using System.Collections.Concurrent;
using System.Security.Cryptography;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// What the steps of one run compute from the same inputs, computed once per process and run instead of once per
/// step (issue 7): the operation loaded and validated (<see cref="OperationFolder.Load"/>), its eligibility chunks
/// (<see cref="OperationChunks.Partition"/>), the survey estimates (<see cref="SurveyIndicators"/>), and — for
/// one merged <c>eligibility.csv</c>, recognised by its SHA-256 — the results read back once (streamed), the aid flows and the
/// catalogue's cells. Each value is a thread-safe lazy: concurrent jobs of the run wait for the one computation.
/// The inputs of a run never change and the components are pure, so a cached value is the value the step would
/// recompute: outputs stay byte-identical.
/// </summary>
public sealed class RunComputations(string dataDirectory)
{
    private readonly Lazy<OperationData> _data = new(() => OperationFolder.Load(dataDirectory));
    private readonly ConcurrentDictionary<string, Lazy<EligibilityDerived>> _derived = new(StringComparer.Ordinal);
    private Lazy<ConcurrentDictionary<string, OperationData>>? _chunks;
    private Lazy<SurveyIndicatorResults>? _survey;

    /// <summary>The run's input folder these computations read.</summary>
    public string DataDirectory { get; } = dataDirectory;

    public OperationData Data => _data.Value;

    /// <summary>
    /// The part of the operation one eligibility chunk evaluates. Each part is handed out once and then let go (the
    /// parts of ten million dossiers are ≈ 1 GB of lists the later steps do not need); a retried chunk selects its
    /// part again from the operation.
    /// </summary>
    public OperationData Chunk(string chunk)
    {
        var parts = LazyInitializer.EnsureInitialized(ref _chunks,
            () => new(() => new ConcurrentDictionary<string, OperationData>(OperationChunks.Partition(Data), StringComparer.Ordinal))).Value;
        return parts.TryRemove(chunk, out var part) ? part : OperationChunks.Select(Data, chunk);
    }

    /// <summary>The survey's weighted estimates (DESIGN §6); empty without a survey.</summary>
    public SurveyIndicatorResults Survey =>
        LazyInitializer.EnsureInitialized(ref _survey, () => new(() => SurveyIndicators.Compute(Data))).Value;

    /// <summary>The eligibility results, aid flows and indicator cells of the merged <c>eligibility.csv</c> at <paramref name="path"/>.</summary>
    public EligibilityDerived Derived(string path)
    {
        return _derived.GetOrAdd(HashOf(path), _ => new Lazy<EligibilityDerived>(() => Derive(path))).Value;
    }

    // Hashed as a stream: the merged file is ≈ 1 GB at a million dossiers and need not be held to be hashed.
    private static string HashOf(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(file));
    }

    private EligibilityDerived Derive(string path)
    {
        // One pass over the file: the flows keep only the rows they read, the bilan's table only counts.
        var programmes = new ProgrammeTallies();
        var flows = AidFlowReconstruction.ReconstructGrouped(Data, programmes.Counting(EligibilityCsv.Stream(path)));
        // The catalogue of the pipeline is the core sections followed by the survey's (SurveySection.Catalogue):
        // its cells are the core cells then the cells of the estimates already computed, in that order.
        var inputs = new IndicatorInputs(Data, flows, CommuneReferential.Default.ByCode);
        IReadOnlyList<IndicatorCell> cells = [.. IndicatorCatalogue.Default.ComputeCells(inputs), .. SurveySection.Cells(Survey)];
        return new EligibilityDerived(programmes, flows, cells);
    }
}
