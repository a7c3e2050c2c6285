using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;
using Vacances.Reports.Catalogue;
using Vacances.Reports.Charts;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Model;

namespace Vacances.Reports.Bilan;

/// <summary>
/// Survey results as the reports show them (DESIGN §6): the catalogue's weighted value, its logit confidence interval,
/// the number of respondents n and the design effect, as a chart with error bars and as a table.
/// </summary>
public static class SurveyBlocks
{
    /// <summary>« IC 95 % : 55–67 % » from the logit interval.</summary>
    public static string IntervalText(ProportionEstimate estimate) =>
        "IC " + LevelText(estimate.Level) + " : " + Interval(estimate);

    /// <summary>« 55–67 % » from the logit interval; « — » when it is undefined (a share of 0 or 100 % in a domain).</summary>
    public static string Interval(ProportionEstimate estimate) =>
        double.IsFinite(estimate.CiLogitLow) && double.IsFinite(estimate.CiLogitHigh)
            ? FrenchFormat.Number((decimal)estimate.CiLogitLow * 100m, 0) + "–" + FrenchFormat.Share(estimate.CiLogitHigh)
            : "—";

    /// <summary>The design effect with two decimals; « — » when undefined (no variance).</summary>
    public static string DesignEffect(double deff) =>
        double.IsFinite(deff) ? FrenchFormat.Number((decimal)deff, 2) : "—";

    /// <summary>0.95 → « 95 % ».</summary>
    public static string LevelText(double level) => FrenchFormat.Share(level);

    /// <summary>
    /// A chart and a table of the given indicators that have a total-domain survey estimate; nothing when none has.
    /// </summary>
    public static IReadOnlyList<IReportBlock> ConfidenceFigure(ReportContext context, IReadOnlyList<IndicatorDefinition> definitions, string key)
    {
        var rows = definitions
            .Select(d => (Definition: d, Total: context.Catalogue.Total(d.Id), Outcome: context.OutcomeFor(d.Id)))
            .Where(x => x.Total is not null && x.Outcome is not null && !x.Total.Suppressed && x.Total.Value is not null)
            .ToList();
        if (rows.Count == 0) return [];
        var level = LevelText(rows[0].Outcome!.Estimate.Level);
        var outcomes = rows.Select(r => new ConfidenceChart.Outcome(
            r.Definition.Label,
            (double)r.Total!.Value!.Value,
            r.Outcome!.Estimate.CiLogitLow * 100,
            r.Outcome.Estimate.CiLogitHigh * 100)).ToList();
        var svg = ConfidenceChart.Render(key + "-ic", outcomes, level);
        var alt = "Résultats pondérés de l'enquête : " + string.Join(" ; ", rows.Select(r =>
            r.Definition.Label + " " + IndicatorDisplay.Text(r.Definition, r.Total!) + " (" + IntervalText(r.Outcome!.Estimate) + ")")) + ".";
        var chart = new ChartFigure("Résultats pondérés et intervalles de confiance", svg,
            "Barres : estimation pondérée ; traits : intervalle de confiance (méthode logit). Source : enquête, catalogue d'indicateurs.", alt);
        return [chart, Table(rows.Select(r => (r.Definition, r.Total!, r.Outcome!.Estimate)).ToList(), "Résultats de l'enquête")];
    }

    /// <summary>
    /// A table: indicator, weighted value, interval, n, design effect. A cell hidden by disclosure control (DESIGN §10)
    /// hides its interval, n and design effect too: they would give the value and the small count back.
    /// </summary>
    public static DataTable Table(IReadOnlyList<(IndicatorDefinition Definition, IndicatorValue Value, ProportionEstimate Estimate)> rows, string caption)
    {
        var columns = new[]
        {
            new TableColumn("Indicateur", false), new TableColumn("Estimation pondérée", true),
            new TableColumn("Intervalle de confiance", true), new TableColumn("Répondants (n)", true),
            new TableColumn("Effet de plan", true),
        };
        var cells = rows.Select(r => (IReadOnlyList<TableCell>)
        [
            new TableCell(r.Definition.Label),
            IndicatorDisplay.Cell(r.Definition, r.Value),
            new TableCell(r.Value.Suppressed ? SuppressedMarker.Symbol : Interval(r.Estimate)),
            new TableCell(r.Value.Suppressed ? SuppressedMarker.Symbol : FrenchFormat.Integer(r.Estimate.N)),
            new TableCell(r.Value.Suppressed ? SuppressedMarker.Symbol : DesignEffect(r.Estimate.DesignEffect)),
        ]).ToList();
        var level = rows.Count > 0 ? LevelText(rows[0].Estimate.Level) : string.Empty;
        return new DataTable(caption, columns, cells,
            "Intervalles de confiance à " + level + " par la méthode logit ; n : répondants du domaine (ceux qui ont répondu à la question, hors réponses exclues) ; effet de plan : variance rapportée à celle d'un sondage aléatoire simple de même taille.");
    }
}
