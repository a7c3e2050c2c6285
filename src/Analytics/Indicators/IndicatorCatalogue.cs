using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Vacances.Analytics.Indicators.Sections;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// The indicator catalogue (DESIGN §5) that the bilan, the dashboards and the API all read: the definitions of its
/// sections, in order, and their computation. <see cref="Default"/> holds the core sections; the survey module
/// adds its <c>enquete</c> section with <see cref="With"/>. Every value carries its numerator and denominator; the
/// <c>total</c> dimension with an empty category is the overall figure. Pure: no I/O, same inputs → same list.
/// </summary>
public sealed class IndicatorCatalogue
{
    private readonly IReadOnlyList<IIndicatorSection> _sections;

    public IndicatorCatalogue(IEnumerable<IIndicatorSection> sections)
    {
        _sections = sections.ToArray();
        Definitions = _sections.SelectMany(s => s.Definitions).ToArray();
        var duplicate = Definitions.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"L'indicateur {duplicate.Key} est défini deux fois dans le catalogue.", nameof(sections));
    }

    /// <summary>The core sections: departs, public, pros, flux, territoire.</summary>
    public static IndicatorCatalogue Default { get; } = new(
        [new DeparturesSection(), new PublicSection(), new ProfessionalsSection(), new FlowsSection(), new TerritorySection()]);

    /// <summary>Every definition, in section order.</summary>
    public IReadOnlyList<IndicatorDefinition> Definitions { get; }

    /// <summary>A catalogue with one more section (e.g. the survey's <c>enquete</c>), appended after the others.</summary>
    public IndicatorCatalogue With(IIndicatorSection section) => new([.. _sections, section]);

    /// <summary>
    /// Computes every indicator with the units behind each cell (for <see cref="DisclosureControl"/>). The sections
    /// are independent, so they run concurrently on the machine's cores (issue 9), each into its own list; the lists
    /// are joined in section order, so the output is the same as one section after the other. Those that do not
    /// read the shared facts start first (<see cref="IIndicatorSection.ReadsOperationFacts"/>). An exception of a
    /// section is rethrown as it was thrown.
    /// <para>The per-row loops of the sections and of the shared facts are marked
    /// <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/>: <c>vacances indicators</c>
    /// runs each once, over millions of rows, and would otherwise spend its first fractions of a second in
    /// unoptimised tier-0 code while the tiered JIT catches up.</para>
    /// </summary>
    public IReadOnlyList<IndicatorCell> ComputeCells(IndicatorInputs inputs)
    {
        var context = new IndicatorContext(inputs);
        var results = new List<IndicatorCell>[_sections.Count];
        var schedule = Enumerable.Range(0, _sections.Count).OrderBy(i => _sections[i].ReadsOperationFacts).ToArray();
        try
        {
            // No buffering: each worker takes the next section of the schedule when it is free.
            Parallel.ForEach(Partitioner.Create(schedule, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => results[i] = _sections[i].Compute(context).ToList());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        var cells = new List<IndicatorCell>(results.Sum(r => r.Count));
        foreach (var result in results) cells.AddRange(result);
        return cells;
    }

    /// <summary>Computes every indicator, unsuppressed (the staff view).</summary>
    public IReadOnlyList<IndicatorValue> Compute(IndicatorInputs inputs) =>
        ComputeCells(inputs).Select(c => c.Value).ToArray();
}
