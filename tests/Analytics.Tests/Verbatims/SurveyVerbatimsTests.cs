using Vacances.Analytics.Verbatims;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Verbatims;

public class SurveyVerbatimsTests
{
    [Fact]
    public void Answers_KeepsNonBlankVerbatimsByResponseId_WhenTheColumnsArePresent()
    {
        var table = new SurveyTable(["response_id", "dispositif", "verbatim"],
            [["R1", "bsv", " On est partis ! "], ["R2", "bsv", null], ["R3", "bsv", "   "], ["", "bsv", "Sans identifiant"]]);

        var answers = SurveyVerbatims.Answers(table);

        Assert.Equal([new VerbatimAnswer("R1", "On est partis !"), new VerbatimAnswer("4", "Sans identifiant")], answers);
    }

    [Fact]
    public void Answers_IsEmpty_WhenThereIsNoVerbatimColumn()
    {
        Assert.Empty(SurveyVerbatims.Answers(new SurveyTable(["response_id"], [["R1"]])));
    }
}
