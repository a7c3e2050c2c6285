namespace Vacances.Analytics.Verbatims;

/// <summary>A row read back from the ML.NET pipeline: the predicted register and the per-class scores.</summary>
internal sealed class VerbatimModelOutput
{
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
