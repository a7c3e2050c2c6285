namespace Vacances.Analytics.Verbatims;

/// <summary>
/// One register's line in the bilan's « effets utiles » section (issue 5 item 5): how many answers were
/// classified into it, their share of all classified answers (0–1), and the example answers to quote.
/// </summary>
public sealed record RegisterSummary(
    string Register,
    string Label,
    int Count,
    double Share,
    IReadOnlyList<ClassifiedVerbatim> Examples);
