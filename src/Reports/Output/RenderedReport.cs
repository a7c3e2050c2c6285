namespace Vacances.Reports.Output;

/// <summary>One report of a set: its path under the output folder, without extension (<c>fiches/62065-avion</c>), and its HTML.</summary>
public sealed record RenderedReport(string RelativePath, string Html);
