using System.Globalization;
using System.Text.RegularExpressions;
using Vacances.Reports.Bilan;
using Vacances.Reports.Formatting;
using Vacances.Reports.Rendering;
using Vacances.Reports.Tests.Fixtures;

namespace Vacances.Reports.Tests.Bilan;

public class BilanBuilderTests
{
    private static readonly string Html = HtmlReportRenderer.Render(BilanBuilder.Build(SampleBilanInput.Create()));

    [Fact]
    public void Build_ShowsEveryKeyFigureAsTheCatalogueValue_WhenTileNamesAnIndicator()
    {
        var input = SampleBilanInput.Create();
        var tiles = Regex.Matches(Html, "<div class=\"tile\" data-indicator=\"([^\"]+)\" data-value=\"([^\"]+)\"><div class=\"tile-value\">([^<]+)</div>").ToList();
        Assert.True(tiles.Count >= 20, tiles.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var tile in tiles)
        {
            var id = tile.Groups[1].Value;
            var value = input.Values.Single(v => v.IndicatorId == id && v.Dimension == "total");
            Assert.Equal(value.Value, decimal.Parse(tile.Groups[2].Value, CultureInfo.InvariantCulture));
            var unit = input.Definitions.Single(d => d.Id == id).Unit;
            Assert.Equal(HtmlWriter.Encode(FrenchFormat.InUnit(value.Value!.Value, unit)), tile.Groups[3].Value);
        }
    }

    [Fact]
    public void Build_ShowsHeadlineFiguresOfSeed001_OnTheKeyFiguresPage()
    {
        var keyFigures = Html[Html.IndexOf("<section id=\"chiffres-cles\"", StringComparison.Ordinal)..Html.IndexOf("<section id=\"departs\"", StringComparison.Ordinal)];
        Assert.Contains(">9\u202F300</div>", keyFigures);
        Assert.Contains(">37\u00A0%</div>", keyFigures);
        Assert.Contains(">61\u00A0%</div>", keyFigures);
        Assert.Contains("IC 95\u00A0% : 54–68\u00A0%, n = 268", keyFigures);
    }

    [Fact]
    public void Build_DrawsNoEmptyChart_InAnySection()
    {
        var figures = Regex.Matches(Html, "<figure class=\"chart\".*?</figure>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        Assert.True(figures.Count >= 12, figures.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var figure in figures)
        {
            Assert.Contains("<svg", figure);
            Assert.Matches("aria-label=\"[^\"]{20,}\"", figure);
            Assert.True(Regex.Matches(figure, "<rect fill=\"#0F4C5C\"|<path fill=\"#").Count > 0, figure[..200]);
        }
    }

    [Fact]
    public void Build_ChartsEveryDimensionOfTheCatalogue_PerSection()
    {
        foreach (var title in new[] { "Dossiers de départ par commune", "Dossiers de départ par dispositif", "Dossiers de départ par mois",
                     "Adultes par catégorie socioprofessionnelle", "Dossiers par type de ménage", "Dossiers par tranche de quotient familial",
                     "Professionnels mobilisés par fonction", "Résultats pondérés et intervalles de confiance", "Part des réponses libres par registre d'effets utiles",
                     "Des financeurs aux dispositifs : les flux d'aides", "Départs pour 1 000 habitants par commune" })
            Assert.Contains("<div class=\"chart-title\">" + HtmlWriter.Encode(title) + "</div>", Html);
    }

    [Fact]
    public void Build_ReconcilesFlowTableWithCatalogueTotal_WhenFlowsAreGiven()
    {
        var input = SampleBilanInput.Create();
        var total = input.Values.Single(v => v.IndicatorId == "flux.total_eur").Value!.Value;
        Assert.Equal(input.Flows.Sum(f => f.AmountEur), total);
        Assert.Contains("<tr class=\"total\"><th scope=\"row\">Ensemble</th><td></td><td class=\"num\">" +
                        FrenchFormat.Euros(input.Flows.Where(f => !f.Estimated).Sum(f => f.AmountEur)), Html);
        Assert.Contains(FrenchFormat.Euros(total) + "</td></tr>", Html);
    }

    [Fact]
    public void Build_MarksSuppressedCellsAndExplainsThem_WhenCatalogueHidesSmallCells()
    {
        Assert.Contains("<span class=\"suppressed\" title=\"Cellule masquée (secret statistique)\">s</span>", Html);
        Assert.Contains("s : valeur masquée par le secret statistique (effectif inférieur à 11).", Html);
    }

    [Fact]
    public void Build_QuotesTheMostConfidentVerbatimsPerRegister_InTheEffetsSection()
    {
        var examples = EffetsSectionBuilder.Examples(SampleVerbatims.All);
        Assert.Equal(5, examples.Count);
        Assert.All(examples, e => Assert.InRange(e.Quotes.Count, 1, EffetsSectionBuilder.ExamplesPerRegister));
        Assert.Equal("v014", examples.Single(e => e.Register == "dynamique_familiale").Quotes[0].Id);
        Assert.Contains("« Les enfants ont vu la mer pour la première fois, on a ri comme jamais tous ensemble. »", Html);
        Assert.DoesNotContain("Le camping était bien mais il a plu trois jours.", Html);
    }

    [Fact]
    public void Examples_QuotesARepeatedOrTruncatedAnswerOnce_WhenSeveralPartantsGaveIt()
    {
        Vacances.Analytics.Verbatims.ClassifiedVerbatim[] verbatims =
        [
            new("a", "On a découvert nos droits. Je ne savais pas.", "acces_droits", 0.99f),
            new("b", "On a découvert nos droits.", "acces_droits", 0.98f),
            new("c", "on a découvert nos droits. je ne savais pas.", "acces_droits", 0.97f),
            new("d", "La CAF nous a tout expliqué.", "acces_droits", 0.5f),
        ];

        var quotes = EffetsSectionBuilder.Examples(verbatims).Single().Quotes;

        Assert.Equal(["a", "d"], quotes.Select(q => q.Id));
    }
}
