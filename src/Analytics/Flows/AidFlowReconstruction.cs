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
    /// <summary>Dossiers per part when the flows decide eligibility themselves (two parts' rows in memory at once).</summary>
    private const int DossiersPerPart = 65_536;

    /// <summary>The engine's programmes: grants of any of them are checked against the rules while parts arrive.</summary>
    private static readonly HashSet<string> EngineProgrammes = new(ProgrammeNames.All, StringComparer.Ordinal);

    /// <summary>The flows from eligibility rows given whole (e.g. read back from <c>eligibility.csv</c>).</summary>
    /// <param name="eligibility">The engine's rows, read once.</param>
    public static AidFlowResult Reconstruct(OperationData data, IEnumerable<EligibilityResult> eligibility)
    {
        var run = new ReconstructionRun(data);
        run.Index.KeepAll(eligibility);
        var positions = new int[data.Dossiers.Count];
        for (var d = 0; d < positions.Length; d++) positions[d] = d;
        run.AddDossiers(positions, run.Index.EvaluatedProgrammes);
        return run.Finish();
    }

    /// <summary>
    /// The flows with the eligibility decided here, part by part (<see cref="EligibilityEngine.DecideInParts"/>):
    /// each part's dossiers are reconstructed while the engine decides the next one, and only one part's rows are
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
