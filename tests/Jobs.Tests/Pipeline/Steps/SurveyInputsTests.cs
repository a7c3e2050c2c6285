using Vacances.Analytics.Survey;
using Vacances.Analytics.Verbatims;
using Vacances.Jobs.Pipeline.Steps;

namespace Vacances.Jobs.Tests.Pipeline.Steps;

public sealed class SurveyInputsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "vacances-verbatims-" + Guid.NewGuid().ToString("N")[..12] + ".csv");

    [Fact]
    public void ReadClassified_JoinsTextsByIdAndDropsUnknownIds_WhenReadingTheStepsFile()
    {
        using (var writer = new StreamWriter(_file)) VerbatimCsv.Write(writer, [new("R1", "", "acces_droits", 0.9f), new("R9", "", "autre", 0.5f)]);

        var classified = SurveyInputs.ReadClassified(_file, [new VerbatimAnswer("R1", "On a découvert nos droits."), new VerbatimAnswer("R2", "Autre chose.")]);

        Assert.Equal([new ClassifiedVerbatim("R1", "On a découvert nos droits.", "acces_droits", 0.9f)], classified);
    }

    [Fact]
    public void Outcomes_KeepsSharesAndLeavesMeansOut_WhenResultsMixBoth()
    {
        var share = new ProportionEstimate("q", "oui", 20, 0.5, 0.1, 0.3, 0.7, 0.31, 0.69, 0.95, 1.1);
        var mean = new MeanEstimate("h", 20, 60, 5, 50, 70, 0.95, 1);
        var results = new SurveyIndicatorResults(
            [new("enquete.a", "total", "", share, null, 18, 50, 100), new("enquete.a", "dispositif", "bsv", share, null, 18, 5, 10), new("enquete.h", "total", "", null, mean, 20, 600, 10)],
            true, "");

        var outcomes = SurveyInputs.Outcomes(results);

        Assert.Equal([("enquete.a", "total", ""), ("enquete.a", "dispositif", "bsv")], outcomes.Select(o => (o.IndicatorId, o.DomainDimension, o.DomainCategory)));
    }

    [Fact]
    public void Metrics_CarriesTheCommittedEvaluation_InCanonicalRegisterOrder()
    {
        var metrics = SurveyInputs.Metrics(ClassifierQuality.Committed);

        Assert.Equal(VerbatimCorpus.Training.Count, metrics.CorpusSize);
        Assert.Equal(VerbatimRegisters.All, metrics.PerRegisterF1.Select(p => p.Key));
        Assert.True(metrics.MacroF1 > metrics.BaselineMacroF1);
    }

    public void Dispose()
    {
        if (File.Exists(_file)) File.Delete(_file);
    }
}
