namespace Vacances.Ingest.Sampling;

/// <summary>
/// <c>survey/professionnels.csv</c> (DESIGN §3.5): <c>response_id;pro_id;role;commune_insee</c> then the questions of
/// <see cref="SurveyCodebook.Professionnels"/>. Respondents are professionals of the roster; their declared hours are
/// their season's hours (seed 001: 84 % changed practices).
/// </summary>
internal static class ProfessionnelsSurveyFile
{
    public const string Name = "professionnels.csv";

    /// <summary>Chance that a respondent ticks each skill category.</summary>
    private static readonly (string Code, double Chance)[] Skills =
    [
        ("relationnelles", 0.7), ("environnement_vacancier", 0.6), ("ingenierie_projet", 0.4), ("partenariat", 0.5), ("modalites_intervention", 0.45),
    ];

    public static long Write(string surveyDirectory, Random random, SampleProfile profile, ProfessionalRoster roster)
    {
        var indices = Enumerable.Range(0, roster.Professionals.Count).ToList();
        random.Shuffle(indices);
        var n = Math.Min(profile.Survey.Professionals, indices.Count);
        var respondents = indices.Take(n).Order().ToArray();
        var miss = profile.Survey.Missing / 2;
        var practices = QuotaDraw.Allot(random, n, ("oui", profile.Survey.PracticesChanged * (1 - miss)),
            ("non", (1 - profile.Survey.PracticesChanged) * (1 - miss)), ("", miss));

        using var w = new CsvSampleWriter(Path.Combine(surveyDirectory, Name),
            ["response_id", "pro_id", "role", "commune_insee", .. SurveyCodebook.Professionnels.Select(q => q.Id)]);
        for (var i = 0; i < n; i++)
        {
            var pro = roster.Professionals[respondents[i]];
            w.Text(SampleIds.Format("RP", i + 1, 3)).Text(pro.ProId).Text(pro.Role.Code).Text(pro.CommuneInsee)
                .Text(practices[i]).Text(random.Chance(miss) ? null : SkillsTicked(random))
                .Number(random.Chance(miss) ? null : Math.Round(pro.SeasonDirect))
                .Number(random.Chance(miss) ? null : Math.Round(pro.SeasonTotal));
            w.EndRow();
        }
        return w.Rows;
    }

    private static string SkillsTicked(Random random)
    {
        var ticked = Skills.Where(s => random.Chance(s.Chance)).Select(s => s.Code).ToArray();
        return ticked.Length > 0 ? string.Join('|', ticked) : Skills[0].Code;
    }
}
