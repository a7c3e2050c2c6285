using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The eligibility rows of one part of an operation (<see cref="EligibilityEngine.DecideInParts"/>): the rows of the
/// part's dossiers, each dossier's rows together and as <see cref="EligibilityEngine.Decide"/> gives them (no
/// explanations), then, in the last part only, the rows of the operation's CV and equipment requests. Valid only
/// during the call that receives it: its buffers are reused for a later part.
/// </summary>
public sealed class DecidedPart
{
    private readonly EvaluationPass _pass;
    private int[] _dossierIndexes = [];

    internal DecidedPart(ProgrammeRules rules) => _pass = new EvaluationPass(rules);

    /// <summary>
    /// The part as an operation of its own: its dossiers and their participants (in the operation's order), and the
    /// requests in the last part; row indexes (<see cref="ResultRow.Index"/>, <see cref="ResultRow.Participant"/>)
    /// point into its lists.
    /// </summary>
    public OperationData Data { get; private set; } = null!;

    /// <summary>The part's rows.</summary>
    public ReadOnlySpan<ResultRow> Rows => _pass.Rows;

    /// <summary>The positions of the part's dossiers in the whole operation's dossier list, ascending.</summary>
    public ReadOnlySpan<int> DossierIndexes => _dossierIndexes;

    /// <summary>The position in the whole operation's dossier list of a dossier row's dossier; -1 for a request row.</summary>
    public int DossierIndex(in ResultRow row) => row.Kind == RowKind.Dossier ? _dossierIndexes[row.Index] : -1;

    /// <summary>The participant a row is about; empty for a dossier-level or request row.</summary>
    public string ParticipantId(in ResultRow row) => RowIds.ParticipantOf(Data, row);

    internal DecidedPart Decide(OperationData whole, PartPlan plan, bool withRequests)
    {
        Data = Restrict(whole, plan, withRequests);
        _dossierIndexes = plan.Dossiers;
        _pass.Run(Data, null, explainRequests: false);
        return this;
    }

    private static OperationData Restrict(OperationData whole, PartPlan plan, bool withRequests)
    {
        // One part holding every dossier and participant is the operation itself (positions are then identities).
        if (withRequests && plan.Dossiers.Length == whole.Dossiers.Count && plan.Participants.Length == whole.Participants.Count)
            return whole;
        var dossiers = new Dossier[plan.Dossiers.Length];
        for (var i = 0; i < dossiers.Length; i++) dossiers[i] = whole.Dossiers[plan.Dossiers[i]];
        var participants = new Participant[plan.Participants.Length];
        for (var i = 0; i < participants.Length; i++) participants[i] = whole.Participants[plan.Participants[i]];
        return new OperationData
        {
            Config = whole.Config,
            Dossiers = dossiers,
            Participants = participants,
            CvRequests = withRequests ? whole.CvRequests : [],
            EquipmentRequests = withRequests ? whole.EquipmentRequests : [],
        };
    }
}
