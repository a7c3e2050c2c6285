using Vacances.Analytics.Verbatims;

namespace Vacances.Analytics.Tests.Verbatims;

public class ClassificationReportTests
{
    [Fact]
    public void Compute_GivesHandComputedF1AndConfusion_ForSmallCase()
    {
        string[] truth = ["acces_droits", "acces_droits", "autre", "autre", "reengagement", "reengagement"];
        string[] predicted = ["acces_droits", "autre", "autre", "autre", "reengagement", "acces_droits"];

        var report = ClassificationReport.Compute(truth, predicted);

        // acces_droits: P 1/2, R 1/2, F1 0.5; autre: P 2/3, R 1, F1 0.8; reengagement: P 1, R 1/2, F1 2/3;
        // the three registers absent from truth and predictions count 0 in the unweighted mean over six.
        Assert.Equal(0.5, report.F1[0], 12);
        Assert.Equal(0.8, report.F1[5], 12);
        Assert.Equal(2.0 / 3, report.F1[3], 12);
        Assert.Equal((0.5 + 0.8 + 2.0 / 3) / 6, report.MacroF1, 12);
        Assert.Equal(4.0 / 6, report.Accuracy, 12);
        Assert.Equal(1, report.Confusion[0, 5]);
        Assert.Equal(1, report.Confusion[3, 0]);
        Assert.Equal(6, report.Count);
    }

    [Fact]
    public void Compute_Throws_WhenRegisterUnknown()
    {
        Assert.Throws<ArgumentException>(() => ClassificationReport.Compute(["autre"], ["vacances"]));
    }
}
