namespace Vacances.Analytics.Verbatims;

/// <summary>
/// A free-text answer and the register of « effets utiles » it was classified into (DESIGN §7):
/// <c>acces_droits</c>, <c>relation_institutions</c>, <c>autonomie_financiere</c>, <c>reengagement</c>,
/// <c>dynamique_familiale</c> or <c>autre</c>.
/// </summary>
public sealed record ClassifiedVerbatim(string Id, string Text, string Register, float Confidence);
