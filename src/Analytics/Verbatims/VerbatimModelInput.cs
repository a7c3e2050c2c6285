namespace Vacances.Analytics.Verbatims;

/// <summary>A row given to the ML.NET pipeline: the normalised text and, when training, its register.</summary>
internal sealed class VerbatimModelInput
{
    public string Label { get; set; } = "";

    public string Text { get; set; } = "";
}
