namespace Vacances.Reports.Model;

/// <summary>
/// A titled part of a report. Its title is an <c>h1</c> (or <c>h2</c> for a subsection), which Chromium turns into a
/// PDF outline entry.
/// </summary>
/// <param name="Id">Stable anchor, e.g. <c>departs</c>; used as the HTML id and by the structure tests.</param>
/// <param name="StartsOnNewPage">True to begin the section on a fresh page.</param>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<IReportBlock> Blocks, bool StartsOnNewPage = true);
