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
}
