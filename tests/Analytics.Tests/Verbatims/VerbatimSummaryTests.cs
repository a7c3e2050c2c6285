using Vacances.Analytics.Verbatims;

namespace Vacances.Analytics.Tests.Verbatims;

public class VerbatimSummaryTests
{
    private static ClassifiedVerbatim C(string id, string register, float confidence, string text = "une réponse assez longue pour être citée") =>
        new(id, text, register, confidence);

    [Fact]
    public void Summarize_GivesSharesInCanonicalOrderAndMostConfidentExamples_WhenAnswersClassified()
    {
        ClassifiedVerbatim[] classified =
        [
            C("1", "autre", 0.5f), C("2", "acces_droits", 0.9f), C("3", "acces_droits", 0.6f),
            C("4", "acces_droits", 0.95f), C("5", "acces_droits", 0.7f),
        ];

        var summary = VerbatimSummary.Summarize(classified, examples: 2);

        Assert.Equal(VerbatimRegisters.All, summary.Select(s => s.Register));
        var rights = summary[0];
        Assert.Equal(4, rights.Count);
        Assert.Equal(0.8, rights.Share, 12);
        Assert.Equal("Accès aux droits", rights.Label);
        Assert.Equal(["4", "2"], rights.Examples.Select(e => e.Id));
        Assert.Equal(0.2, summary[5].Share, 12);
        Assert.Equal(0, summary[1].Count);
        Assert.Empty(summary[1].Examples);
    }

    [Fact]
    public void Summarize_PrefersAnswersLongEnoughToQuote_OverMoreConfidentShortOnes()
    {
        ClassifiedVerbatim[] classified =
        [
            C("short", "autre", 0.99f, "Il a plu"), C("long", "autre", 0.6f), C("blank", "autre", 1f, "  "),
        ];

        var autre = VerbatimSummary.Summarize(classified, examples: 3)[5];

        Assert.Equal(2, autre.Count);
        Assert.Equal(["long", "short"], autre.Examples.Select(e => e.Id));
    }

    [Fact]
    public void Build_ClassifiesThenSummarises_WhenGivenRawAnswers()
    {
        VerbatimAnswer[] answers =
        [
            new("a", "Je ne savais pas que j'avais droit aux chèques-vacances, personne ne me l'avait dit"),
            new("b", "On a passé une semaine formidable avec les enfants, des souvenirs plein la tête"),
            new("c", ""),
        ];

        var summary = VerbatimSummary.Build(answers, VerbatimClassifier.Default);

        Assert.Equal(2, summary.Sum(s => s.Count));
        Assert.Equal(1.0, summary.Sum(s => s.Share), 12);
        Assert.Contains(summary, s => s.Register == VerbatimRegisters.AccesDroits && s.Examples.Single().Id == "a");
    }
}
