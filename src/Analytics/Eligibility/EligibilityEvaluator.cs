using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The explanation-free evaluation with caller-owned buffers: one evaluator evaluates operation after operation,
/// keeping its row buffer and per-person tables (reset at each call, grown only when an operation is larger than any
/// before). Once warm, an evaluation allocates nothing, whatever its size. Not thread-safe: one evaluator per thread.
/// The rows are those of <see cref="EligibilityEngine.Decide"/>, in the same order, without reason-code lists.
/// </summary>
public sealed class EligibilityEvaluator
{
    private readonly EvaluationPass _pass;
    private OperationData? _data;

    public EligibilityEvaluator(EligibilityEngine engine) => _pass = new EvaluationPass(engine.Rules);

    /// <summary>
    /// Evaluates every programme over <paramref name="data"/> and returns the result rows in the order of DESIGN §4.3
    /// (one row per participant-programme or dossier-programme pair evaluated). The span is valid until the next call.
    /// </summary>
    public ReadOnlySpan<ResultRow> Evaluate(OperationData data)
    {
        _data = data;
        return _pass.Run(data, null, explainRequests: false);
    }

    /// <summary>The dossier id (or request id) of a row of the last evaluation.</summary>
    public string RowId(in ResultRow row) => RowIds.Of(Last, row);

    /// <summary>The participant id of a row of the last evaluation, empty for dossier-level programmes and requests.</summary>
    public string ParticipantId(in ResultRow row) => RowIds.ParticipantOf(Last, row);

    private OperationData Last => _data ?? throw new InvalidOperationException("Aucune évaluation n'a encore été faite.");
}
