using Vacances.Analytics.Verbatims;

namespace Vacances.Analytics.Tests.Verbatims;

public class KeywordBaselineTests
{
    [Fact]
    public void Predict_ReturnsAutreWithZeroConfidence_WhenNoCueMatches()
    {
        var prediction = new KeywordBaseline().Predict(["Très bien"])[0];

        Assert.Equal(new RegisterPrediction(VerbatimRegisters.Autre, 0f), prediction);
    }

    [Fact]
    public void Predict_PicksRegisterWithMostCues_WhenSeveralMatch()
    {
        var predictions = new KeywordBaseline().Predict(
        [
            "J'ai découvert mes droits aux chèques-vacances de l'ANCV",
            "On a mis de l'argent de côté, un vrai budget",
            "Les enfants et mon mari, toute la famille ensemble",
        ]);

        Assert.Equal(
            [VerbatimRegisters.AccesDroits, VerbatimRegisters.AutonomieFinanciere, VerbatimRegisters.DynamiqueFamiliale],
            predictions.Select(p => p.Register));
    }
}
