using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The eligibility engine (DESIGN §4): every encoded programme of the ANCV 2026 and CAF 35 2023 rule sets, evaluated
/// over a whole operation at once. Rules are code (<c>Programmes/</c>), parameters are dated data
/// (<c>Rules/&lt;ruleset&gt;/*.yaml</c>) resolved once per period segment. Pure: no I/O besides the writer given.
/// </summary>
public sealed class EligibilityEngine
{
    private readonly ProgrammeRules _rules;

    public EligibilityEngine(RuleBook book) => _rules = new ProgrammeRules(book);

    /// <summary>The compiled rules, shared by the evaluations of this engine.</summary>
    internal ProgrammeRules Rules => _rules;

    /// <summary>The engine on the parameter files embedded in this assembly.</summary>
    public static EligibilityEngine LoadDefault() => new(RuleBook.LoadEmbedded());

    /// <summary>The rule book the engine reads.</summary>
    public RuleBook Book => _rules.Book;

    /// <summary>Every result row (DESIGN §4.3 order) with its reasons and French explanation.</summary>
    public IReadOnlyList<EligibilityResult> Evaluate(OperationData data) =>
        Results(Run(data, _ => true, explainRequests: true));

    /// <summary>
    /// Every result row (DESIGN §4.3 order) with its reason codes but no French explanation (<c>Explanation</c> is
    /// empty): the same decisions and amounts as <see cref="Evaluate"/>, for the steps that only compute with them
    /// (aid flows, indicators). Building the explanation strings dominates <see cref="Evaluate"/>'s time.
    /// </summary>
    public IReadOnlyList<EligibilityResult> Decide(OperationData data) => Results(Run(data));

    /// <summary>
    /// Decides the operation part by part (<see cref="IndependentParts"/>: dossiers linked by a person or a household
    /// stay together, so every dossier's rows are those of <see cref="Decide"/>) and hands the parts to
    /// <paramref name="consume"/> in order, on the calling thread, while the next two parts are decided on other
    /// threads. Memory then holds three parts' rows instead of the whole operation's (16 rows per dossier, 160 million
    /// at 10 million dossiers), and the machine's cores stay busy whether the consumer or the rules are slower
    /// (issue 9). A part is valid only during its call.
    /// </summary>
    public void DecideInParts(OperationData data, int dossiersPerPart, Action<DecidedPart> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dossiersPerPart, 1);
        var plans = IndependentParts.Split(data, dossiersPerPart);
        if (plans.Count == 0) plans = [new PartPlan([], [])];
        // Two parts decided ahead, each on its own thread: with the consumer, the two cores stay busy.
        const int ahead = 2;
        var parts = new DecidedPart[ahead + 1];
        for (var i = 0; i < parts.Length; i++) parts[i] = new DecidedPart(_rules);
        Task<DecidedPart> Start(int k) => Task.Run(() => parts[k % parts.Length].Decide(data, plans[k], withRequests: k == plans.Count - 1));
        var pending = new Queue<Task<DecidedPart>>();
        for (var k = 0; k < Math.Min(ahead, plans.Count); k++) pending.Enqueue(Start(k));
        try
        {
            for (var next = pending.Count; pending.Count > 0;)
            {
                var part = pending.Dequeue().GetAwaiter().GetResult();
                if (next < plans.Count) pending.Enqueue(Start(next++));
                consume(part);
            }
        }
        finally
        {
            // Only after a failure: the parts decided ahead must be done before their buffers are dropped.
            foreach (var task in pending)
                try { task.Wait(); }
                catch (AggregateException) { }
        }
    }

    /// <summary>
    /// The rows of one dossier with their whole trace. The whole operation is evaluated (earlier stays matter,
    /// I-09, I-10) but explanations are built for this dossier only.
    /// </summary>
    public IReadOnlyList<EligibilityResult> Explain(OperationData data, string dossierId)
    {
        var run = Run(data, d => d.DossierId == dossierId, explainRequests: false);
        var results = new List<EligibilityResult>();
        foreach (var row in run.Rows)
            if (row.Kind == RowKind.Dossier && run.RowId(row) == dossierId) results.Add(run.ToResult(row));
        return results;
    }

    /// <summary>Writes the results contract CSV (DESIGN §4.3) without building explanations; returns the row count.</summary>
    public int WriteCsv(OperationData data, TextWriter writer)
    {
        var run = Run(data);
        ResultCsv.Write(run, writer);
        return run.Rows.Length;
    }

    /// <summary>
    /// The explanation-free evaluation in a buffer of its own (<see cref="EligibilityEvaluator"/> reuses one across
    /// calls): rows only.
    /// </summary>
    internal EvaluationRun Run(OperationData data) => Run(data, null, explainRequests: false);

    private static EligibilityResult[] Results(EvaluationRun run)
    {
        var results = new EligibilityResult[run.Rows.Length];
        for (var i = 0; i < results.Length; i++) results[i] = run.ToResult(run.Rows[i]);
        return results;
    }

    private EvaluationRun Run(OperationData data, Func<Dossier, bool>? explainDossier, bool explainRequests)
    {
        var pass = new EvaluationPass(_rules);
        pass.Run(data, explainDossier, explainRequests);
        return new EvaluationRun(data, pass.Buffer, pass.RowCount, pass.Explanations);
    }
}
