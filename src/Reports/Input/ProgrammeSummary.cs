namespace Vacances.Reports.Input;

/// <summary>
/// The eligibility engine's outcome for one programme (DESIGN §4), for the methodology: what the rule is, where it
/// comes from, how many evaluations were eligible.
/// </summary>
/// <param name="ProgrammeId">e.g. <c>ancv.apv</c>.</param>
/// <param name="Label">French name, e.g. « ANCV — Aide aux projets vacances ».</param>
/// <param name="Source">The rule text and section, e.g. « 003_ca2202353c143c2a.txt, Aide aux projets vacances ».</param>
/// <param name="Evaluated">Evaluations (dossier or participant × programme).</param>
/// <param name="Eligible">Evaluations found eligible.</param>
/// <param name="EligibleAmountEur">Sum of the standalone amounts of the eligible evaluations (DESIGN §4.3 <c>aid_eur</c>:
/// each as if the programme were the only aid, I-11), hence not additive across programmes.</param>
public sealed record ProgrammeSummary(string ProgrammeId, string Label, string Source, int Evaluated, int Eligible, decimal EligibleAmountEur = 0m);
