namespace Vacances.Reports.Model;

/// <summary>The first page of a report: who it is from, what it is about, when it was published.</summary>
/// <param name="Kicker">Small line above the title, e.g. « Bilan annuel ».</param>
/// <param name="Title">The operation's name, or the commune / funder the report is about.</param>
/// <param name="Subtitle">e.g. « Édition 2026 — 26 communes de la CA de Lens-Liévin ».</param>
/// <param name="DateLine">The publication date in words, from the input (never the clock).</param>
/// <param name="Lines">Further short lines (territory, funders…).</param>
public sealed record CoverPage(string Kicker, string Title, string Subtitle, string DateLine, IReadOnlyList<string> Lines);
