using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// <c>equipment_requests.csv</c> (DESIGN §3.4): tourism-equipment subsidy requests dated in the operation's year,
/// investments on and around the 100 000 € and 2 M€ bounds, previous aids around the five-year delay (seed 003,
/// « Aide aux équipements touristiques à vocation sociale »).
/// </summary>
internal static class EquipmentRequestFile
{
    public const string Name = "equipment_requests.csv";

    public static long Write(string directory, Random random, SampleProfile profile, long dossiers)
    {
        using var w = new CsvSampleWriter(Path.Combine(directory, Name),
            "request_id", "request_date", "investment_eur", "accessibility_bonus", "environment_bonus", "manager_conventioned",
            "new_activity", "compliance_only", "last_aid_date");
        var year = profile.Config.Year;
        foreach (var r in Requests(random, year, RequestCount.For(dossiers, profile.EquipmentRequestsPerDossier)))
        {
            w.Text(r.RequestId).Date(r.RequestDate).Money(r.InvestmentEur).Bool(r.AccessibilityBonus).Bool(r.EnvironmentBonus)
                .Bool(r.ManagerConventioned).Bool(r.NewActivity).Bool(r.ComplianceOnly).Date(r.LastAidDate);
            w.EndRow();
        }
        return w.Rows;
    }

    private static IEnumerable<EquipmentRequest> Requests(Random random, int year, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var date = new DateOnly(year, 1, 1).AddDays(random.Next(365));
            var investment = random.Chance(0.25)
                ? random.Pick([99_999m, 100_000m, 2_000_000m, 2_000_001m])
                : Math.Round((decimal)random.Triangular(600, 4_500, 24_000)) * 100;
            var lastAid = random.NextDouble() switch
            {
                < 0.5 => (DateOnly?)null,
                < 0.65 => date.AddYears(-5),
                < 0.8 => date.AddYears(-5).AddDays(1),
                _ => date.AddYears(-random.Between(2, 12)).AddDays(-random.Next(300)),
            };
            yield return new EquipmentRequest
            {
                RequestId = SampleIds.Format("EQ", i, 4),
                RequestDate = date,
                InvestmentEur = investment,
                AccessibilityBonus = random.Chance(0.35),
                EnvironmentBonus = random.Chance(0.35),
                ManagerConventioned = random.OrUnknown(random.Chance(0.9), 0.03),
                NewActivity = random.Chance(0.1),
                ComplianceOnly = random.Chance(0.08),
                LastAidDate = lastAid,
            };
        }
    }
}
