namespace Vacances.Reports.Model;

/// <summary>
/// A whole report before rendering: the running header text (the operation's name, repeated on every page but
/// the cover), an optional cover and the sections in reading order.
/// </summary>
/// <param name="Title">The HTML document title and PDF title.</param>
/// <param name="RunningHeader">Text of the running header, left.</param>
/// <param name="RunningHeaderRight">Text of the running header, right (e.g. « Bilan 2026 »).</param>
/// <param name="Cover">Null for a report without cover page (a commune fiche).</param>
public sealed record ReportDocument(
    string Title,
    string RunningHeader,
    string RunningHeaderRight,
    CoverPage? Cover,
    IReadOnlyList<ReportSection> Sections);
