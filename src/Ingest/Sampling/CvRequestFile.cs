using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// <c>cv_requests.csv</c> (DESIGN §3.4): exchanges of expired Chèques-Vacances dated in the operation's year, with
/// millésimes, amounts and resources on both sides of the ANCV conditions (seed 003, « Aide aux bénéficiaires de
/// Chèques-Vacances périmés »: millésimes n−3 and n−4, at least 100 €, the listed reasons).
/// </summary>
internal static class CvRequestFile
{
    public const string Name = "cv_requests.csv";

    public static long Write(string directory, Random random, SampleProfile profile, long dossiers)
    {
        using var w = new CsvSampleWriter(Path.Combine(directory, Name),
            "request_id", "request_date", "amount_eur", "issue_year", "reason", "qf_eur", "rfr_eur", "tax_parts", "proche_aidant");
        var year = profile.Config.Year;
        foreach (var r in Requests(random, year, RequestCount.For(dossiers, profile.CvRequestsPerDossier)))
        {
            w.Text(r.RequestId).Date(r.RequestDate).Money(r.AmountEur).Integer(r.IssueYear)
                .Text(r.Reason is { } reason ? CanonicalCodes.CvReason.ToCode(reason) : null)
                .Number(r.QfEur).Number(r.RfrEur).Number(r.TaxParts).Bool(r.ProcheAidant);
            w.EndRow();
        }
        return w.Rows;
    }

    private static IEnumerable<CvRequest> Requests(Random random, int year, int count)
    {
        var reasons = Enum.GetValues<CvReason>();
        var issueYears = Weighted.Of((year - 2, 1.0), (year - 3, 4.0), (year - 4, 4.0), (year - 5, 1.0));
        for (var i = 1; i <= count; i++)
        {
            var amount = random.Chance(0.1) ? random.Pick([60m, 99.99m, 100m]) : SampleRandom.Euros(random.Triangular(100, 180, 900));
            var parts = random.Pick([1m, 1.5m, 2m, 2.5m, 3m]);
            yield return new CvRequest
            {
                RequestId = SampleIds.Format("CV", i, 5),
                RequestDate = new DateOnly(year, 1, 1).AddDays(random.Next(365)),
                AmountEur = amount,
                IssueYear = issueYears.Draw(random),
                Reason = random.Chance(0.05) ? null : random.Pick(reasons),
                QfEur = random.Chance(0.6) ? Math.Round((decimal)random.Triangular(200, 800, 1600)) : null,
                RfrEur = random.Chance(0.7) ? Math.Round((decimal)(random.Triangular(9_000, 20_000, 40_000) * (double)parts)) : null,
                TaxParts = parts,
                ProcheAidant = random.OrUnknown(random.Chance(0.15), 0.05),
            };
        }
    }
}
