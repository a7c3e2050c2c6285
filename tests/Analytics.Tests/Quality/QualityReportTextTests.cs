using Vacances.Analytics.Quality;

namespace Vacances.Analytics.Tests.Quality;

public class QualityReportTextTests
{
    [Fact]
    public void Render_SummarisesEachRuleInFrench_AndListsAnomaliesRowByRow()
    {
        var report = QualityEvaluator.Evaluate(new OperationBuilder()
            .Dossier("D1", nights: 25).Dossier("D2", nights: 30).Dossier("D3")
            .Participant("P1", "D1", age: 30, pcs: Vacances.Ingest.Model.Pcs.Employe)
            .Participant("P2", "D2", age: 30, pcs: Vacances.Ingest.Model.Pcs.Employe)
            .Participant("P3", "D3", age: 30, pcs: Vacances.Ingest.Model.Pcs.Employe)
            .Build());

        var text = QualityReportText.Render(report, "Opération de test", maxPerRule: 1);

        Assert.StartsWith("Rapport de qualité des données — Opération de test", text);
        Assert.Contains("- Un séjour dure au plus 21 nuits : 2 anomalies sur 3 dossiers vérifiés.", text);
        Assert.Contains("  dossier D1 : Un séjour dure au plus 21 nuits : nuits = 25, 21 = 21.", text);
        Assert.Contains("  … et 1 autres.", text);
        Assert.DoesNotContain("dossier D2 :", text);
    }
}
