using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Vacances.Web.Data;

namespace Vacances.Web.Tests.Data;

public sealed class OperationResultsBuilderTests
{
    private static OperationData Data()
    {
        var rows = Enumerable.Range(1, 15).Select(i => new string?[]
        {
            $"R{i:000}", i <= 12 ? "62065" : "62570", "individuel", (20 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "un verbatim libre", "un commentaire",
        }).ToArray();
        var partants = new SurveyTable(["response_id", "commune_insee", "dispositif", "age", "verbatim", "commentaire"], rows);
        var pros = new SurveyTable(["response_id", "pro_id", "commune_insee", "pratiques_evoluees"], [["RP1", "PRO0001", "62065", "oui"]]);
        return new OperationData
        {
            Config = new OperationConfig { Id = "essai", Name = "Essai", Year = 2026 },
            Survey = new SurveyData([new SurveyQuestion("commentaire", "Commentaire", "text", [])], partants, pros),
        };
    }

    private static IndicatorCell Cell(string category, long people) =>
        new(new IndicatorValue("departs.personnes", "commune", category, people, null, people, false), people, null);

    [Fact]
    public void Build_CoarsensQuasiIdentifiersAndDropsFreeText_WhenPublishingSurveyAnswers()
    {
        var results = OperationResultsBuilder.Build(Data(), [], [], CommuneReferential.Default);

        Assert.Equal(["response_id", "groupe_communes", "dispositif", "tranche_age"], results.Partants.Columns);
        Assert.Equal(CommuneReferential.Default.NameOf("62065"), results.Partants.Rows[0][1]);
        Assert.Equal("autres", results.Partants.Rows[14][1]);
        Assert.Equal("20-29", results.Partants.Rows[0][3]);
        Assert.Equal("30-39", results.Partants.Rows[14][3]);
        Assert.DoesNotContain(results.Partants.Rows.SelectMany(r => r), c => c is "62065" or "62570" or "un verbatim libre" or "un commentaire");
        Assert.Equal(["response_id", "groupe_communes", "pratiques_evoluees"], results.Professionnels.Columns);
        Assert.Equal("autres", results.Professionnels.Rows[0][1]);
    }

    [Fact]
    public void Build_SuppressesSmallCellsOnlyForThePublic_WhenACellHasFewPeople()
    {
        var results = OperationResultsBuilder.Build(Data(), [Cell("62065", 40), Cell("62570", 3)], [], CommuneReferential.Default);

        Assert.All(results.StaffIndicators, v => Assert.False(v.Suppressed));
        Assert.Equal(3m, results.StaffIndicators[1].Value);
        Assert.True(results.PublicIndicators.Single(v => v.Category == "62570").Suppressed);
        Assert.Equal(SurveySection.Catalogue.Definitions, results.Definitions);
        Assert.Equal("essai", results.OperationId);
    }
}
