using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Tests.Indicators;

public class IndicatorCatalogueTests
{
    [Fact]
    public void Definitions_HoldTheDesignIds_WithUniqueIds()
    {
        string[] required =
        [
            "departs.dossiers", "departs.personnes", "departs.nuitees", "public.part_employes", "public.part_ouvriers",
            "public.premiers_departs", "pros.heures_directes_moyenne", "pros.heures_totales_moyenne", "flux.total_eur",
            "flux.enregistre_eur",
        ];
        var ids = IndicatorCatalogue.Default.Definitions.Select(d => d.Id).ToArray();

        Assert.Subset(ids.ToHashSet(), required.ToHashSet());
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(IndicatorCatalogue.Default.Definitions, d => Assert.False(string.IsNullOrWhiteSpace(d.SeedReference)));
    }

    [Fact]
    public void Compute_EmitsTheTotalFirstWithAnEmptyCategory_ForEveryIndicator()
    {
        var values = IndicatorFixture.Compute();

        foreach (var group in values.GroupBy(v => v.IndicatorId))
        {
            var first = group.First();
            Assert.Equal(("total", ""), (first.Dimension, first.Category));
            Assert.Single(group, v => v.Dimension == "total");
        }
        Assert.All(values, v => Assert.False(v.Suppressed));
    }

    [Fact]
    public void Compute_GivesTheSameValues_WhenRunTwice()
    {
        Assert.Equal(IndicatorFixture.Compute(), IndicatorFixture.Compute());
    }

    [Fact]
    public void With_AppendsASection_WhenTheSurveyModuleAddsEnquete()
    {
        var catalogue = IndicatorCatalogue.Default.With(new ConstantSection());

        Assert.Equal("enquete.test", catalogue.Definitions[^1].Id);
        var builder = IndicatorFixture.Builder();
        var data = builder.Build();
        var values = catalogue.Compute(new IndicatorInputs(data,
            Vacances.Analytics.Flows.AidFlowReconstruction.Reconstruct(data, builder.Results), IndicatorFixture.Communes));
        Assert.Equal(42m, values.Get("enquete.test").Value);
        Assert.Throws<ArgumentException>(() => catalogue.With(new ConstantSection()));
    }

    private sealed class ConstantSection : IIndicatorSection
    {
        private static readonly IndicatorDefinition Definition =
            new("enquete.test", "Test", "enquete", "réponses", null, 1m, "nombre", [], ["survey.test"], "test");

        public IReadOnlyList<IndicatorDefinition> Definitions { get; } = [Definition];

        public IEnumerable<IndicatorCell> Compute(IndicatorContext context) =>
            [new IndicatorCell(new IndicatorValue("enquete.test", "total", "", 42m, null, 42m, false), 42, null)];
    }
}
