namespace Vacances.Analytics.Indicators;

/// <summary>
/// One dossier dimension in coded form (<see cref="CategoryCodes"/>): the category code of each dossier, by dossier
/// index of <see cref="OperationFacts"/>, and the categories behind the codes. A code of -1 means the dossier has no
/// category for this dimension (an unknown QF has no band).
/// </summary>
/// <param name="Dimension">The dimension code (<see cref="IndicatorDimensions"/>).</param>
internal sealed record CategoryColumn(string Dimension, int[] Codes, CategoryCodes Categories);
