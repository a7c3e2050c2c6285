using Vacances.Analytics.Indicators;
using Vacances.Analytics.Indicators.Sections;

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

    [Fact]
    public void ComputeCells_GivesTheCellsOfTheSectionsOneAfterTheOther_WhenTheSectionsRunConcurrently()
    {
        var builder = IndicatorFixture.Builder();
        var data = builder.Build();
        var inputs = new IndicatorInputs(data, Vacances.Analytics.Flows.AidFlowReconstruction.Reconstruct(data, builder.Results),
            IndicatorFixture.Communes);
        IIndicatorSection[] sections =
        [
            new DeparturesSection(), new PublicSection(), new ProfessionalsSection(), new FlowsSection(), new TerritorySection(),
            new Vacances.Analytics.Survey.SurveySection(),
        ];
        var context = new IndicatorContext(inputs);
        var oneAfterTheOther = sections.SelectMany(s => s.Compute(context)).ToList();

        for (var run = 0; run < 20; run++)
            Assert.Equal(oneAfterTheOther, Vacances.Analytics.Survey.SurveySection.Catalogue.ComputeCells(inputs));
    }

    [Fact]
    public void ComputeCells_KeepsTheSectionOrder_WhenASectionWithoutFactsStartsFirst()
    {
        var catalogue = IndicatorCatalogue.Default.With(new ConstantSection(readsFacts: false));

        var cells = catalogue.ComputeCells(Inputs());

        Assert.Equal("enquete.test", cells[^1].Value.IndicatorId);
        Assert.Equal("departs.dossiers", cells[0].Value.IndicatorId);
    }

    [Fact]
    public void ComputeCells_RethrowsTheExceptionOfASection_AsItWasThrown()
    {
        var catalogue = IndicatorCatalogue.Default.With(new FailingSection());

        var error = Assert.Throws<InvalidOperationException>(() => catalogue.ComputeCells(Inputs()));

        Assert.Equal("section en échec", error.Message);
    }

    private static IndicatorInputs Inputs()
    {
        var builder = IndicatorFixture.Builder();
        var data = builder.Build();
        return new IndicatorInputs(data, Vacances.Analytics.Flows.AidFlowReconstruction.Reconstruct(data, builder.Results),
            IndicatorFixture.Communes);
    }

    private sealed class FailingSection : IIndicatorSection
    {
        public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
            [new("enquete.echec", "Échec", "enquete", "réponses", null, 1m, "nombre", [], ["survey.test"], "test")];

        public IEnumerable<IndicatorCell> Compute(IndicatorContext context) => throw new InvalidOperationException("section en échec");
    }

    private sealed class ConstantSection(bool readsFacts = true) : IIndicatorSection
    {
        private static readonly IndicatorDefinition Definition =
            new("enquete.test", "Test", "enquete", "réponses", null, 1m, "nombre", [], ["survey.test"], "test");

        public IReadOnlyList<IndicatorDefinition> Definitions { get; } = [Definition];

        public bool ReadsOperationFacts => readsFacts;

        public IEnumerable<IndicatorCell> Compute(IndicatorContext context) =>
            [new IndicatorCell(new IndicatorValue("enquete.test", "total", "", 42m, null, 42m, false), 42, null)];
    }
}
