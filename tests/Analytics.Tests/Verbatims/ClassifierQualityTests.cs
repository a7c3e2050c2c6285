using Vacances.Analytics.Verbatims;

namespace Vacances.Analytics.Tests.Verbatims;

public class ClassifierQualityTests
{
    /// <summary>Five trainings (tens of seconds): the committed metrics.json must be regenerated when the corpus or the model changes.</summary>
    [Fact]
    public void Committed_EqualsAFreshEvaluation_OfTheShippedCorpus()
    {
        var fresh = ClassifierQuality.Evaluate(VerbatimCorpus.Training);

        Assert.Equal(fresh.ToJson(), ClassifierQuality.Committed.ToJson());
    }

    [Fact]
    public void FromJson_ReadsBackWhatToJsonWrote()
    {
        var quality = new ClassifierQuality(10, 5, 0.8123, 0.7, [new("acces_droits", 0.9), new("autre", 0.5)]);

        var read = ClassifierQuality.FromJson(quality.ToJson());

        Assert.Equal(quality.ToJson(), read.ToJson());
        Assert.Equal(quality.PerRegisterF1, read.PerRegisterF1);
    }
}
