using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Tests.Rules;

public class RuleBookTests
{
    private static readonly string[] Programmes =
    [
        "ancv.apv", "ancv.apv_appui", "ancv.bsv", "ancv.cv_perimes", "ancv.depart1825", "ancv.equipements",
        "ancv.pratique_sportive", "ancv.seniors", "caf35.aat", "caf35.ave", "caf35.avf", "caf35.avs",
    ];

    [Fact]
    public void LoadEmbedded_HasEveryProgramme_WhenReadFromTheAssembly()
    {
        Assert.Equal(Programmes, RuleBook.LoadEmbedded().ProgrammeIds);
    }

    /// <summary>No silent gap: every parameter of every programme has a value on every day of every period.</summary>
    [Fact]
    public void EveryParameter_CoversEveryDayOfItsProgrammePeriods_WhenEmbedded()
    {
        var book = RuleBook.LoadEmbedded();
        foreach (var id in book.ProgrammeIds)
        {
            var programme = book.Get(id);
            foreach (var period in programme.Periods)
                for (var day = period.Start; day <= period.End; day = day.AddDays(1))
                    foreach (var parameter in programme.Parameters.Values)
                        Assert.True(parameter.At(day) is not null, $"{id} : « {parameter.Name} » sans valeur le {day:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void EveryValue_CitesASeedOrAnInterpretation_WhenEmbedded()
    {
        var book = RuleBook.LoadEmbedded();
        foreach (var id in book.ProgrammeIds)
        {
            var programme = book.Get(id);
            Assert.All(programme.Periods, p => Assert.Matches("00[34]_|INTERPRETATIONS", p.Source));
            foreach (var parameter in programme.Parameters.Values)
                Assert.All(parameter.Values, v => Assert.Matches("00[34]_[0-9a-f]{16}\\.txt", v.Source));
        }
    }

    [Fact]
    public void CafProgrammes_ServeOnlyDepartement35_WhileAncvServesAll()
    {
        var book = RuleBook.LoadEmbedded();
        Assert.True(book.Get("caf35.avf").ServesCommune("35238"));
        Assert.False(book.Get("caf35.avf").ServesCommune("62065"));
        Assert.True(book.Get("ancv.apv").ServesCommune("97411"));
    }

    [Fact]
    public void Engine_ResolvesEverySegment_WhenBuiltOnTheEmbeddedBook()
    {
        var engine = new EligibilityEngine(RuleBook.LoadEmbedded());
        Assert.Equal(12, engine.Book.ProgrammeIds.Count);
    }
}
