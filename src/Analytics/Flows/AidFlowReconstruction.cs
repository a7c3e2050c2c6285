using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Flows;

/// <summary>
/// Reconstructs who paid what for whom (DESIGN §4.4). Per dossier: the recorded grants of <c>aids.csv</c> when the
/// dossier has any; otherwise, estimated amounts for the programmes its dispositif draws on
/// (<see cref="OperationConfig.DispositifProgrammes"/>) that the eligibility engine evaluated, stacked in the
/// operation's order (<see cref="OperationConfig.StackingOrder"/>), each the programme's standalone amount (I-11)
/// capped by what remains of the cost once the beneficiary's required share is set aside
/// (<see cref="BeneficiaryShareRules"/>). Readings F-01…F-05 (<c>Flows/Readings.md</c>). Pure and linear in
/// the number of rows.
/// </summary>
public static class AidFlowReconstruction
{
    /// <summary>Dossiers per part when the flows decide eligibility themselves (three parts' rows in memory at once).</summary>
    private const int DossiersPerPart = 65_536;

    /// <summary>The engine's programmes: grants of any of them are checked against the rules while parts arrive.</summary>
    private static readonly HashSet<string> EngineProgrammes = new(ProgrammeNames.All, StringComparer.Ordinal);

    /// <summary>The flows from eligibility rows given whole (e.g. read back from <c>eligibility.csv</c>).</summary>
    /// <param name="eligibility">The engine's rows, read once.</param>
    public static AidFlowResult Reconstruct(OperationData data, IEnumerable<EligibilityResult> eligibility)
    {
        var run = new ReconstructionRun(data);
        run.Index.KeepAll(eligibility);
        run.AddRemainingDossiers(run.Index.EvaluatedProgrammes);
        return run.Finish();
    }

    /// <summary>
    /// The flows from eligibility rows that come each dossier's together — as the engine writes them, and as the
    /// pipeline's <c>eligibility.csv</c> merges its chunks —, read once and kept one part at a time
    /// (<see cref="FlowIndex.KeepGrouped"/>): what a file of a national operation needs, whose rows would not fit in
    /// memory. Flows, totals and alerts are those of <see cref="Reconstruct(OperationData, IEnumerable{EligibilityResult})"/>;
    /// the lines are the same, each dossier's together, in the order of the rows rather than of <c>dossiers.csv</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A dossier's rows are not together.</exception>
    public static AidFlowResult ReconstructGrouped(OperationData data, IEnumerable<EligibilityResult> eligibility) =>
        ReconstructGrouped(data, eligibility, DossiersPerPart);

    /// <summary>As <see cref="ReconstructGrouped(OperationData, IEnumerable{EligibilityResult})"/> with parts of a given size (tests).</summary>
    internal static AidFlowResult ReconstructGrouped(OperationData data, IEnumerable<EligibilityResult> eligibility, int dossiersPerPart)
    {
        var run = new ReconstructionRun(data);
        // Which programmes the engine evaluated is known only at the end of the rows: every granted programme is
        // checked as the parts come, and the checks of programmes never evaluated are dropped at the end (F-06, F-07).
        var granted = data.Aids.Select(a => a.Programme).ToHashSet(StringComparer.Ordinal);
        run.Index.KeepGrouped(eligibility, dossiersPerPart, slots => run.AddSlots(slots, granted));
        // The dossiers without any row: as in the whole-rows path, reconstructed without decisions.
        run.AddRemainingDossiers(granted);
        return run.Finish();
    }

    /// <summary>
    /// The flows with the eligibility decided here, part by part (<see cref="EligibilityEngine.DecideInParts"/>):
    /// each part's dossiers are reconstructed while the engine decides the next ones, and only one part's rows are
    /// kept. Flows, totals and alerts are those of <see cref="Reconstruct(OperationData, IEnumerable{EligibilityResult})"/>
    /// given <see cref="EligibilityEngine.Decide"/>'s rows; the lines are the same, each dossier's together, the
    /// dossiers part after part rather than in file order.
    /// </summary>
    public static AidFlowResult Reconstruct(OperationData data, EligibilityEngine engine) =>
        Reconstruct(data, engine, DossiersPerPart);

    /// <summary>As <see cref="Reconstruct(OperationData, EligibilityEngine)"/> with parts of a given size (tests).</summary>
    internal static AidFlowResult Reconstruct(OperationData data, EligibilityEngine engine, int dossiersPerPart)
    {
        // The look-ups do not depend on eligibility: built while the engine splits the operation and decides a part.
        var building = Task.Run(() => new ReconstructionRun(data));
        engine.DecideInParts(data, dossiersPerPart, part =>
        {
            var run = building.GetAwaiter().GetResult();
            run.Index.KeepPart(part);
            run.AddDossiers(part.DossierIndexes, EngineProgrammes);
        });
        return building.GetAwaiter().GetResult().Finish();
    }
}
