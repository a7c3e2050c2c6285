using System.Collections.ObjectModel;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Indicators.Sections;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Indicators;

public class FlowsSectionTests
{
    private readonly IReadOnlyList<Vacances.Analytics.Indicators.IndicatorValue> _values = IndicatorFixture.Compute();

    [Fact]
    public void Compute_SumsRecordedAndEstimatedFlows()
    {
        // Recorded: 300 + 50.50 + 200; D3 estimated APV 2 × 160 (room 400 − 80 of family share).
        Assert.Equal(550.5m, _values.Get("flux.enregistre_eur").Value);
        Assert.Equal(320m, _values.Get("flux.estime_eur").Value);
        Assert.Equal(870.5m, _values.Get("flux.total_eur").Value);
        Assert.Equal((320m, 870.5m, 36.760482m), _values.Get("flux.part_estimee").Nd());
    }

    [Fact]
    public void Compute_BreaksFlowsDown_ByFunderAndCommune()
    {
        Assert.Equal(520m, _values.Get("flux.total_eur", "financeur", "ancv").Value);
        Assert.Equal(50.5m, _values.Get("flux.total_eur", "financeur", "commune:62065").Value);
        Assert.Equal(320m, _values.Get("flux.total_eur", "commune", "62498").Value);
        Assert.Equal(200m, _values.Get("flux.enregistre_eur", "programme", "ancv.apv").Value);
    }

    [Fact]
    public void Compute_CountsComplianceAlerts_ByKind()
    {
        // D2's recorded APV has no eligibility row although APV was evaluated elsewhere.
        Assert.Equal(1m, _values.Get("flux.alertes").Value);
        Assert.Equal(1m, _values.Get("flux.alertes", "alerte", "conditions_non_remplies").Value);
    }

    [Fact]
    public void Compute_GivesTheSameCells_WhenTheLinesAreNeitherAListNorAnArray()
    {
        var builder = IndicatorFixture.Builder();
        var data = builder.Build();
        var flows = AidFlowReconstruction.Reconstruct(data, builder.Results);
        var wrapped = flows with { Lines = new ReadOnlyCollection<DossierAidLine>([.. flows.Lines]) };

        Assert.Equal(Cells(data, flows), Cells(data, wrapped));
    }

    [Fact]
    public void Compute_CountsADossierOncePerCell_WhenItsLinesAreContiguous()
    {
        var builder = IndicatorFixture.Builder()
            .Aid("D1", "caf62.vacaf", "caf62", 25m)
            .Aid("D2", "caf62.vacaf", "caf62", 10m);
        var data = builder.Build();

        var values = new FlowsSection().Compute(new IndicatorContext(new IndicatorInputs(data,
            AidFlowReconstruction.Reconstruct(data, builder.Results), IndicatorFixture.Communes))).ToList();

        var caf = values.Single(c => c.Value.IndicatorId == "flux.enregistre_eur" && c.Value.Category == "caf62");
        Assert.Equal((335m, 2L), (caf.Value.Numerator, caf.NumeratorUnits));
    }

    private static List<IndicatorCell> Cells(OperationData data, AidFlowResult flows) =>
        new FlowsSection().Compute(new IndicatorContext(new IndicatorInputs(data, flows, IndicatorFixture.Communes))).ToList();
}
