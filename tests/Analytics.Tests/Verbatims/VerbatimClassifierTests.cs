using Vacances.Analytics.Verbatims;
using Vacances.TestSupport;

namespace Vacances.Analytics.Tests.Verbatims;

public class VerbatimClassifierTests
{
    private static IReadOnlyList<string> HoldoutTexts()
    {
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.DataSamples, "verbatims", "holdout.csv"));
        return VerbatimCorpus.Parse(reader).Select(v => v.Text).ToList();
    }

    [Fact]
    public void Train_GivesIdenticalPredictionsAndConfidences_WhenTrainedTwiceWithSameSeed()
    {
        var texts = HoldoutTexts();

        var first = VerbatimClassifier.Train(VerbatimCorpus.Training, VerbatimClassifier.DefaultTrainer).Predict(texts);
        var second = VerbatimClassifier.Train(VerbatimCorpus.Training, VerbatimClassifier.DefaultTrainer).Predict(texts);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Default_RecognisesSeedVerbatims_WhenGivenProfessionalsQuotesOfSeed001()
    {
        // Seed 001, « Les effets sur la dynamique familiale et l'estime de soi » and « Une relation ré-équilibrée ».
        string[] texts =
        [
            "Une grand-mère qui partait en vacances en famille est revenue me partager que le projet lui a permis de faire un tour en bateau avec ses petits-enfants.",
            "Recevoir les gens pour quelque chose de positif à la mairie, ça change complètement la donne. Les gens, ils rentrent, ils ont le sourire.",
        ];

        var predictions = VerbatimClassifier.Default.Predict(texts);

        Assert.Equal(VerbatimRegisters.DynamiqueFamiliale, predictions[0].Register);
        Assert.Equal(VerbatimRegisters.RelationInstitutions, predictions[1].Register);
        Assert.All(predictions, p => Assert.InRange(p.Confidence, 0f, 1f));
    }

    [Fact]
    public void Predict_ReturnsAutreWithFullConfidence_WhenTextSaysNothing()
    {
        var predictions = VerbatimClassifier.Default.Predict(["", "  ", "..."]);

        Assert.All(predictions, p => Assert.Equal(new RegisterPrediction(VerbatimRegisters.Autre, 1f), p));
    }

    [Fact]
    public void Classify_KeepsIdsTextsAndOrder_WhenGivenAnswers()
    {
        VerbatimAnswer[] answers = [new("b", "Il a plu toute la semaine au camping"), new("a", "On a mis de côté 30 euros par mois pour payer notre part")];

        var classified = VerbatimClassifier.Default.Classify(answers);

        Assert.Equal(["b", "a"], classified.Select(c => c.Id));
        Assert.Equal(answers.Select(a => a.Text), classified.Select(c => c.Text));
        Assert.Equal(VerbatimRegisters.AutonomieFinanciere, classified[1].Register);
    }
}
