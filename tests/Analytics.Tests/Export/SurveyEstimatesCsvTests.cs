using Vacances.Analytics.Export;
using Vacances.Analytics.Survey;

namespace Vacances.Analytics.Tests.Export;

public class SurveyEstimatesCsvTests
{
    [Fact]
    public void Write_GivesLogitBoundsForSharesOnly_AndLeavesUndefinedFiguresEmpty()
    {
        var share = new ProportionEstimate("q", "oui", 20, 0.5, 0.1, 0.3, 0.7, 0.31, 0.69, 0.95, double.NaN);
        var mean = new MeanEstimate("h", 20, 60.5, 5, 50, 71, 0.95, 1);
        var writer = new StringWriter();

        SurveyEstimatesCsv.Write(writer, [new("enquete.a", "dispositif", "bsv", share, null, 18, 5.1234567, 10), new("enquete.h", "total", "", null, mean, 20, 600, 10)]);

        Assert.Equal(SurveyEstimatesCsv.Header + "\n" +
            "enquete.a;dispositif;bsv;20;0.5;0.1;0.3;0.7;0.31;0.69;0.95;;5.123457;10\n" +
            "enquete.h;total;;20;60.5;5;50;71;;;0.95;1;600;10\n", writer.ToString());
    }
}
