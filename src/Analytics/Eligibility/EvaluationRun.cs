using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The rows of one evaluation in output order (DESIGN §4.3: dossiers, then CV requests, then equipment requests; each
/// by id, participant id and programme id, ordinally) and the explanations that were asked for.
/// </summary>
internal sealed class EvaluationRun(OperationData data, ResultRow[] rows, int count, IReadOnlyList<string> explanations)
{
    public OperationData Data { get; } = data;

    /// <summary>The rows, in output order (a view of the pass's buffer: no copy).</summary>
    public ReadOnlySpan<ResultRow> Rows => rows.AsSpan(0, count);
    public IReadOnlyList<string> Explanations { get; } = explanations;

    /// <summary>The dossier id (or request id) of a row.</summary>
    public string RowId(in ResultRow row) => RowIds.Of(Data, row);

    /// <summary>The participant id of a row, empty for dossier-level programmes and requests.</summary>
    public string ParticipantId(in ResultRow row) => RowIds.ParticipantOf(Data, row);

    /// <summary>The public result of a row, with its explanation when one was built.</summary>
    public EligibilityResult ToResult(in ResultRow row) => new(
        RowId(row),
        ParticipantId(row),
        ProgrammeNames.Id(row.Programme),
        row.Outcome.Eligible,
        row.Outcome.AidEur,
        ReasonCodes.ToCodes(row.Outcome.Reasons),
        row.Explanation >= 0 ? Explanations[row.Explanation] : "");
}
