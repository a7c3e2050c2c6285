using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Survey;

public class SurveyIndicatorsTests
{
    private static readonly string[] Communes = ["62065", "62570", "62498", "62510"];
    private static readonly Dispositif[] Dispositifs = [Dispositif.Individuel, Dispositif.SejourCommun, Dispositif.SacAdos];

    [Fact]
    public void Compute_GivesEverySeed001Indicator_WhenSurveyCarriesTheQuestions()
    {
        var results = SurveyIndicators.Compute(Operation());

        var totals = results.Estimates.Where(e => e.Dimension == "total").Select(e => e.IndicatorId).ToList();
        Assert.Equal(SurveyIndicatorCatalogue.Definitions.Select(d => d.Id), totals);
        Assert.True(results.PartantsCalibrated, results.WeightingNote);
        Assert.All(results.Estimates.Where(e => e.Proportion is not null), e =>
        {
            Assert.InRange(e.Estimate, 0, 1);
            Assert.True(e.Proportion!.CiLogitLow <= e.Estimate && e.Estimate <= e.Proportion.CiLogitHigh);
            Assert.True(e.DesignEffect > 0);
        });
    }

    [Fact]
    public void Compute_EqualsTheDirectCalibratedEstimate_ForAPartantsIndicator()
    {
        var data = Operation();
        var margins = OperationMargins.FromDepartures(data);
        var partants = data.Survey!.Partants;

        var indicator = SurveyIndicators.Compute(data, new SurveyIndicatorOptions(MinimumRespondentsPerCategory: 1))
            .Estimates.Single(e => e.IndicatorId == "enquete.relation_enfants_tres_positive" && e.Dimension == "total");
        var weights = SurveyEstimator.Weigh(partants, margins, ["dispositif", "commune_insee"]);
        var direct = SurveyEstimator.Proportion(partants, weights, new EstimateRequest("relation_enfants", "tres_positif", ["sans_objet"], 0.95));

        Assert.Equal(direct, indicator.Proportion);
    }

    [Fact]
    public void Compute_UsesSrsworAmongDistinctProfessionals_ForProfessionalIndicators()
    {
        var data = Operation();

        var hours = SurveyIndicators.Compute(data).Estimates.Single(e => e.IndicatorId == "enquete.heures_accompagnement_moyenne");

        var answers = data.Survey!.Professionnels.Rows.Select(r => double.Parse(r[2]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(answers.Average(), hours.Estimate, 10);
        Assert.Equal(60, hours.WeightedDenominator, 9);
        Assert.Equal(answers.Count, hours.N);
    }

    [Fact]
    public void Compute_ResolvesTheAnswerCodeByLabel_WhenCodebookSpellsItDifferently()
    {
        var data = Operation();
        var codebook = new List<SurveyQuestion>
        {
            new("relation_enfants", "Effet sur la relation avec vos enfants", "likert5",
                [new("tp", "Très positif"), new("p", "Plutôt positif"), new("n", "Neutre"), new("sans_objet", "Sans objet")]),
        };
        var recoded = data.Survey!.Partants.Rows.Select(r => r.Select(c => c == "tres_positif" ? "tp" : c).ToArray()).ToList();
        var survey = data.Survey with { Codebook = codebook, Partants = new SurveyTable(data.Survey.Partants.Columns, recoded) };

        var original = SurveyIndicators.Compute(data).Estimates.Single(e => e.IndicatorId == "enquete.relation_enfants_tres_positive" && e.Dimension == "total");
        var relabelled = SurveyIndicators.Compute(data with { Survey = survey }).Estimates.Single(e => e.IndicatorId == "enquete.relation_enfants_tres_positive" && e.Dimension == "total");

        Assert.Equal(original.Estimate, relabelled.Estimate, 12);
    }

    [Fact]
    public void ToIndicatorValues_SuppressesDomains_WhenFewerRespondentsThanThreshold()
    {
        var values = SurveyIndicators.Compute(Operation()).ToIndicatorValues(smallCellThreshold: 50);

        Assert.Contains(values, v => v.Dimension == "dispositif" && v.Suppressed && v.Value is null);
        var total = values.Single(v => v.IndicatorId == "enquete.decouverte_droits_vacances" && v.Dimension == "total");
        Assert.False(total.Suppressed);
        Assert.Equal(Math.Round(total.Numerator / total.Denominator!.Value * 100, 4), Math.Round(total.Value!.Value, 4));
    }

    [Fact]
    public void Compute_ReturnsNoEstimate_WhenOperationHasNoSurvey()
    {
        Assert.Empty(SurveyIndicators.Compute(Operation() with { Survey = null }).Estimates);
    }

    /// <summary>600 dossiers of 1–4 participants; 150 partants respondents over-representing the séjour commun; 40 of 60 professionals.</summary>
    internal static OperationData Operation()
    {
        var random = new Random(20261122);
        var dossiers = new List<Dossier>();
        var participants = new List<Participant>();
        for (var d = 0; d < 600; d++)
        {
            var dossier = new Dossier
            {
                DossierId = $"D{d:0000}", Operation = "test", CommuneInsee = Communes[random.Next(Communes.Length)],
                Dispositif = Dispositifs[random.Next(10) switch { < 6 => 0, < 9 => 1, _ => 2 }],
                StartDate = new DateOnly(2026, 7, 1), EndDate = new DateOnly(2026, 7, 8),
            };
            dossiers.Add(dossier);
            for (var p = random.Next(1, 5); p > 0; p--)
                participants.Add(new Participant { ParticipantId = $"P{participants.Count:00000}", DossierId = dossier.DossierId, Role = ParticipantRole.Adult });
        }
        string[] partantsColumns = ["response_id", "commune_insee", "dispositif", "household_type", "pcs", "decouverte_droits_vacances", "decouverte_droits_loisirs",
            "relation_enfants", "capacite_repartir", "relation_institutions"];
        var partants = Enumerable.Range(0, 150).Select(i => new string?[]
        {
            $"R{i}", Communes[random.Next(Communes.Length)], random.Next(10) < 5 ? "sejour_commun" : random.Next(10) < 8 ? "individuel" : "sac_ados", "famille", "employe",
            Pick(random, ("oui", 6), ("non", 4)), Pick(random, ("oui", 1), ("non", 9)),
            Pick(random, ("tres_positif", 6), ("plutot_positif", 2), ("neutre", 1), ("sans_objet", 1), (null, 1)),
            Pick(random, ("oui", 5), ("non", 3), ("nsp", 2)), Pick(random, ("amelioree", 3), ("inchangee", 6), ("degradee", 1)),
        }).ToList();
        string[] prosColumns = ["response_id", "pro_id", "heures_accompagnement", "heures_implication", "pratiques_evoluees", "competences"];
        var pros = Enumerable.Range(0, 40).Select(i => new string?[]
        {
            $"PR{i}", $"PRO{i}", (40 + random.Next(50)).ToString(), (90 + random.Next(40)).ToString(), Pick(random, ("oui", 8), ("non", 2)),
            Pick(random, ("relationnelles|partenariat", 4), ("environnement_vacancier", 2), ("ingenierie_projet|modalites_intervention", 2), ("relationnelles", 2)),
        }).ToList();
        var hours = Enumerable.Range(0, 60).SelectMany(i => new[] { 2, 3 }.Select(m => new ProfessionalMonth($"PRO{i}", "62065", "cesf", new DateOnly(2026, m, 1), 10, 20))).ToList();
        return new OperationData
        {
            Config = new OperationConfig { Id = "test", Name = "Test", Year = 2026 },
            Dossiers = dossiers,
            Participants = participants,
            Professionals = hours,
            Survey = new SurveyData([], new SurveyTable(partantsColumns, partants), new SurveyTable(prosColumns, pros)),
        };
    }

    private static string? Pick(Random random, params (string? Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }
}
