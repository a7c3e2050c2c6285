using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// <c>survey/partants.csv</c> (DESIGN §3.5): <c>response_id;commune_insee;dispositif;household_type;pcs</c> then one
/// column per question of <see cref="SurveyCodebook.Partants"/>. Respondents are deliberately unbalanced against the
/// population (the partants' communes and dispositifs, times the profile's boosts); answers are allotted by quotas on seed 001's raw figures, a few left empty.
/// </summary>
internal static class PartantsSurveyFile
{
    public const string Name = "partants.csv";

    /// <summary>Household types of respondents; the first two have no child to answer <c>relation_enfants</c> about.</summary>
    private static readonly Weighted<string> HouseholdTypes = Weighted.Of(
        ("personne_seule", 19.0), ("couple_sans_enfant", 9.0), ("couple_avec_enfants", 33.0), ("famille_monoparentale", 34.0), ("autre", 5.0));

    private static readonly Weighted<Pcs> RespondentPcs = Weighted.Of(
        (Pcs.Employe, 36), (Pcs.Ouvrier, 7), (Pcs.SansActivite, 27), (Pcs.Retraite, 14), (Pcs.Intermediaire, 8),
        (Pcs.Etudiant, 4), (Pcs.ArtisanCommercant, 2), (Pcs.Cadre, 1.5), (Pcs.Agriculteur, 0.5));

    public static long Write(string surveyDirectory, Random random, SampleProfile profile, DepartureCounts departures)
    {
        var model = profile.Survey;
        var n = model.Partants;
        var communes = departures.Communes(model.CommuneBoost);
        var dispositifs = departures.Dispositifs(model.DispositifBoost);
        var households = Enumerable.Range(0, n).Select(_ => HouseholdTypes.Draw(random)).ToArray();
        var withChildren = Enumerable.Range(0, n).Where(i => households[i] is not ("personne_seule" or "couple_sans_enfant")).ToArray();
        var miss = model.Missing;

        var answers = new Dictionary<string, string[]>
        {
            ["decouverte_droits_vacances"] = YesNo(random, n, model.DiscoveredHolidayRights, miss),
            ["decouverte_droits_loisirs"] = YesNo(random, n, model.DiscoveredLeisureRights, miss),
            ["relation_enfants"] = RelationWithChildren(random, n, withChildren, model),
            ["capacite_repartir"] = [.. QuotaDraw.Allot(random, n, ("oui", model.AbleToLeaveAgain * (1 - miss)), ("non", 0.21 * (1 - miss)),
                ("nsp", (1 - model.AbleToLeaveAgain - 0.21) * (1 - miss)), ("", miss))],
            ["relation_institutions"] = [.. QuotaDraw.Allot(random, n, ("amelioree", model.BetterInstitutions * (1 - miss)),
                ("inchangee", (0.95 - model.BetterInstitutions) * (1 - miss)), ("degradee", 0.05 * (1 - miss)), ("", miss))],
            ["premier_depart"] = YesNo(random, n, model.FirstDeparture, miss),
            ["verbatim"] = Verbatims(random, n, model.Verbatim),
        };

        using var w = new CsvSampleWriter(Path.Combine(surveyDirectory, Name),
            ["response_id", "commune_insee", "dispositif", "household_type", "pcs", .. SurveyCodebook.Partants.Select(q => q.Id)]);
        for (var i = 0; i < n; i++)
        {
            w.Text(SampleIds.Format("R", i + 1, 4)).Text(communes.Draw(random)).Text(dispositifs.Draw(random)).Text(households[i])
                .Text(random.Chance(0.03) ? null : CanonicalCodes.Pcs.ToCode(RespondentPcs.Draw(random)));
            foreach (var q in SurveyCodebook.Partants) w.Text(answers[q.Id][i]);
            w.EndRow();
        }
        return w.Rows;
    }

    private static string[] YesNo(Random random, int n, double yes, double missing) =>
        [.. QuotaDraw.Allot(random, n, ("oui", yes * (1 - missing)), ("non", (1 - yes) * (1 - missing)), ("", missing))];

    /// <summary>Likert answers for respondents with children (seed 001: 60 % « très positif »), « sans objet » for the others.</summary>
    private static string[] RelationWithChildren(Random random, int n, int[] withChildren, SurveyModel model)
    {
        var answers = Enumerable.Repeat("sans_objet", n).ToArray();
        var rest = 1 - model.VeryPositiveWithChildren;
        var keep = 1 - model.Missing;
        var allotted = QuotaDraw.Allot(random, withChildren.Length, ("5", model.VeryPositiveWithChildren * keep), ("4", rest * 0.7 * keep),
            ("3", rest * 0.22 * keep), ("2", rest * 0.05 * keep), ("1", rest * 0.03 * keep), ("", model.Missing));
        for (var i = 0; i < withChildren.Length; i++) answers[withChildren[i]] = allotted[i];
        return answers;
    }

    /// <summary>Each answer of the bank once, in a shuffled order; past the bank, two short answers joined.</summary>
    private static string[] Verbatims(Random random, int n, double share)
    {
        var bank = VerbatimBank.Answers.ToList();
        random.Shuffle(bank);
        var written = QuotaDraw.Allot(random, n, ("x", share), ("", 1 - share));
        var answers = new string[n];
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            if (written[i].Length == 0) { answers[i] = ""; continue; }
            answers[i] = next < bank.Count
                ? bank[next]
                : bank[next % bank.Count].TrimEnd('.', ' ') + ". " + bank[(next * 7 + 3) % bank.Count];
            next++;
        }
        return answers;
    }
}
