namespace Vacances.Reports.Output;

/// <summary>The files a <see cref="ReportSet"/> wrote, full paths, in the set's order.</summary>
public sealed record ReportSetResult(IReadOnlyList<string> HtmlFiles, IReadOnlyList<string> PdfFiles);
