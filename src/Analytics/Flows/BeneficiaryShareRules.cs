namespace Vacances.Analytics.Flows;

/// <summary>
/// The part of a stay's cost the rules leave to the beneficiary, which no stack of estimated aids may eat into
/// (DESIGN §4.4 « always leaving the beneficiary's share the rules require »).
/// <list type="bullet">
/// <item><c>ancv.apv</c>: « Le montant total des aides à la personne est limité à 80 % du coût du séjour »
/// (003_ca2202353c143c2a.txt, Aide aux projets vacances, III.2, décision du directeur général). Read for flows as a
/// limit on all aids stacked on the stay, not on the ANCV grant alone (the conservative reading, F-01 in the flows
/// report): the beneficiaries helped by APV keep at least 20 % of their share of the cost (I-04).</item>
/// <item><c>ancv.depart1825</c>: « Le montant minimal mis à la charge du bénéficiaire … est fixé à 50 € »
/// (003, Départ 18:25, 3. Aide, décision du directeur général; I-44): 50 € per young person helped.</item>
/// </list>
/// Other programmes set no minimum share (CAF 35 rates already stop below 100 %, 004_c9f267770fe193d4.txt).
/// </summary>
public static class BeneficiaryShareRules
{
    /// <summary>APV: person aids are limited to 80 % of the stay's cost, so 20 % remains to the beneficiary.</summary>
    public const decimal ApvMinimumShareRate = 0.20m;

    /// <summary>Départ 18:25: minimal amount left to the beneficiary, per young person.</summary>
    public const decimal Depart1825MinimumShareEur = 50m;

    /// <summary>
    /// Minimum amount the dossier's beneficiaries must pay themselves when <paramref name="programme"/> is stacked on
    /// the dossier, rounded up to the cent so the share is never undercut.
    /// </summary>
    /// <param name="costEur">Whole TTC cost of the dossier.</param>
    /// <param name="participants">Participants of the dossier (0 when unknown).</param>
    /// <param name="helped">Participants with an eligible row of the programme; -1 for a dossier-level result.</param>
    public static decimal MinimumShareEur(string programme, decimal costEur, int participants, int helped)
    {
        switch (programme)
        {
            case "ancv.apv":
                var coveredCost = helped < 0 || participants <= 0 || helped >= participants
                    ? costEur
                    : costEur * helped / participants;
                return CeilingToCent(ApvMinimumShareRate * coveredCost);
            case "ancv.depart1825":
                return Depart1825MinimumShareEur * Math.Max(helped, 1);
            default:
                return 0m;
        }
    }

    private static decimal CeilingToCent(decimal amount) => Math.Ceiling(amount * 100m) / 100m;
}
