using System.Runtime.InteropServices;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// One evaluated (dossier or request, participant, programme) on the explanation-free path: which input it is about,
/// the programme and its verdict. No strings are built here; ids are read back from the input when a row is written
/// out (<see cref="EligibilityEvaluator"/>, DESIGN §4.3). Each row is standalone, as if the programme were the only
/// aid (I-11).
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly struct ResultRow
{
    internal ResultRow(RowKind kind, int index, int participant, Programme programme, Outcome outcome, int explanation)
    {
        Kind = kind;
        Index = index;
        Participant = participant;
        Programme = programme;
        Outcome = outcome;
        Explanation = explanation;
    }

    /// <summary>What <see cref="Index"/> points into.</summary>
    public RowKind Kind { get; }

    /// <summary>Index of the dossier, CV request or equipment request in the input lists.</summary>
    public int Index { get; }

    /// <summary>Index into the participants list, or -1 for a dossier-level or request row.</summary>
    public int Participant { get; }

    /// <summary>The programme id, e.g. <c>ancv.apv</c> (a shared string: nothing is allocated).</summary>
    public string ProgrammeId => ProgrammeNames.Id(Programme);

    /// <summary>Whether the row is eligible (a zero amount never is, I-11).</summary>
    public bool Eligible => Outcome.Eligible;

    /// <summary>Standalone amount rounded to the cent (I-07); 0 when not eligible.</summary>
    public decimal AidEur => Outcome.AidEur;

    /// <summary>
    /// The reason codes of the row (DESIGN §4.3), in code order: one shared read-only list per combination of reasons,
    /// so reading them allocates nothing once a combination has been met.
    /// </summary>
    public IReadOnlyList<string> ReasonCodes => Eligibility.ReasonCodes.Shared(Outcome.Reasons);

    internal Programme Programme { get; }

    internal Outcome Outcome { get; init; }

    /// <summary>Index into the run's explanations, or -1 when none was built.</summary>
    internal int Explanation { get; }
}
