using System.Globalization;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Survey;

/// <summary>
/// Computes the survey indicators of <see cref="SurveyIndicatorCatalogue"/> (seed 001 figures, DESIGN §6):
/// partants raked once to the departures' margins (dispositif × commune group, thin categories pooled), then one
/// domain estimate per indicator, overall and per dispositif; professionals by SRSWOR among the distinct
/// <c>pro_id</c> of <c>professionals.csv</c>. Pure: no I/O.
/// </summary>
public static class SurveyIndicators
{
    /// <summary>The indicators of an operation: margins from its departures, N of professionals from its hours file.</summary>
    public static SurveyIndicatorResults Compute(OperationData data, SurveyIndicatorOptions? options = null) =>
        Compute(data, () => OperationMargins.FromDepartures(data), options);

    /// <summary>
    /// The indicators of an operation with the partants' margins of <paramref name="margins"/>, asked for only when
    /// the operation has a survey: the indicator catalogue counts them from its shared facts
    /// (<see cref="OperationMargins.FromFacts"/>) instead of joining the participants to the dossiers again.
    /// </summary>
    internal static SurveyIndicatorResults Compute(OperationData data, Func<PopulationMargins> margins, SurveyIndicatorOptions? options = null)
    {
        if (data.Survey is null) return SurveyIndicatorResults.Empty;
        var professionals = data.Professionals.Select(p => p.ProId).Distinct(StringComparer.Ordinal).Count();
        return Compute(data.Survey, margins(), professionals, options);
    }

    /// <summary>
    /// The indicators of <paramref name="survey"/>, partants calibrated to <paramref name="partantsMargins"/> on the
    /// variables among <c>dispositif</c> and <c>commune_insee</c> it holds, professionals by SRSWOR among
    /// <paramref name="professionalsPopulation"/>.
    /// </summary>
    public static SurveyIndicatorResults Compute(SurveyData survey, PopulationMargins partantsMargins, double professionalsPopulation, SurveyIndicatorOptions? options = null)
    {
        options ??= SurveyIndicatorOptions.Default;
        var (partantsWeights, calibrated, note) = WeighPartants(survey.Partants, partantsMargins, options);
        SurveyWeights? prosWeights = null;
        if (survey.Professionnels.Rows.Count >= 2 && professionalsPopulation >= survey.Professionnels.Rows.Count)
            prosWeights = SurveyWeights.SimpleRandomSample(survey.Professionnels.Rows.Count, professionalsPopulation);

        var estimates = new List<SurveyIndicatorEstimate>();
        foreach (var spec in SurveyIndicatorCatalogue.Specs)
        {
            var (table, weights) = spec.Population == SurveyPopulation.Partants ? (survey.Partants, partantsWeights) : (survey.Professionnels, prosWeights);
            if (weights is null || table.IndexOf(spec.Question) < 0) continue;
            var value = spec.Value is null ? null : ResolveValue(survey.Codebook, table, spec);
            if (TryEstimate(spec, table, weights, value, null, options.Level) is { } total) estimates.Add(total);
            if (spec.Population != SurveyPopulation.Partants || table.IndexOf(OperationMargins.Dispositif) < 0) continue;
            foreach (var dispositif in Categories(table, OperationMargins.Dispositif))
                if (TryEstimate(spec, table, weights, value, new SurveyDomain(OperationMargins.Dispositif, dispositif), options.Level) is { } domain)
                    estimates.Add(domain);
        }
        return new SurveyIndicatorResults(estimates, calibrated, note);
    }

    private static (SurveyWeights? Weights, bool Calibrated, string Note) WeighPartants(SurveyTable partants, PopulationMargins margins, SurveyIndicatorOptions options)
    {
        var n = partants.Rows.Count;
        if (n < 2 || margins.Total < n) return (null, false, "Trop peu de répondants partants (ou population inconnue) pour une estimation pondérée.");
        var variables = new[] { OperationMargins.Dispositif, OperationMargins.Commune }
            .Where(v => partants.IndexOf(v) >= 0 && margins.Variables.Contains(v, StringComparer.OrdinalIgnoreCase))
            .Select(v => MarginCollapsing.Collapse(v, margins.Of(v), SurveyAnswers.Values(partants, v), options.MinimumRespondentsPerCategory))
            .ToList();
        var population = string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{margins.Total:N0}");
        if (variables.Count == 0)
            return (SurveyWeights.SimpleRandomSample(n, margins), false, $"Sondage aléatoire simple parmi {population} partants, sans calage (variables de calage absentes).");
        try
        {
            var weights = SurveyWeights.Raked(variables.Select(v => v.Variable).ToList(), variables.Select(v => v.RespondentValues).ToList(),
                new PopulationMargins(variables.SelectMany(v => v.Margins)), CalibrationOptions.Default);
            var described = string.Join(" et ", variables.Select(v => $"{Describe(v.Variable)} ({v.Margins.Count} catégories)"));
            return (weights, true, $"Calage (raking) des {n} réponses sur les marges de {population} partants : {described} ; correction de population finie ; variance linéarisée.");
        }
        catch (SurveyEstimationException e)
        {
            return (SurveyWeights.SimpleRandomSample(n, margins), false, $"Calage impossible ({e.Message}) : sondage aléatoire simple parmi {population} partants.");
        }
    }

    private static SurveyIndicatorEstimate? TryEstimate(SurveyIndicatorSpec spec, SurveyTable table, SurveyWeights weights, string? value, SurveyDomain? domain, double level)
    {
        DomainEstimate estimate;
        try
        {
            estimate = value is null
                ? SurveyEstimator.Average(table, weights, spec.Question, domain)
                : SurveyEstimator.Share(table, weights, spec.Question, value, spec.Exclude, domain);
        }
        catch (SurveyEstimationException)
        {
            return null;
        }
        return new SurveyIndicatorEstimate(spec.Definition.Id, domain is null ? "total" : domain.Variable, domain?.Category ?? "",
            value is null ? null : SurveyEstimator.ToProportion(estimate, spec.Question, value, level),
            value is null ? SurveyEstimator.ToMean(estimate, spec.Question, level) : null,
            estimate.EffectiveSampleSize, estimate.Estimate * estimate.EstimatedDomainSize, estimate.EstimatedDomainSize);
    }

    /// <summary>
    /// The answer code to count: the indicator's code or an alternative spelling when the codebook lists it;
    /// else the codebook option whose French label says the same (« Très positif » for <c>tres_positif</c>);
    /// without a codebook entry, the first spelling found in the answers.
    /// </summary>
    private static string ResolveValue(IReadOnlyList<SurveyQuestion> codebook, SurveyTable table, SurveyIndicatorSpec spec)
    {
        var codes = spec.AlternativeCodes.Prepend(spec.Value!).ToList();
        var entry = codebook.FirstOrDefault(q => string.Equals(q.Id, spec.Question, StringComparison.OrdinalIgnoreCase));
        if (entry is not null && entry.Options.Count > 0)
        {
            var listed = codes.FirstOrDefault(c => entry.Options.Any(o => string.Equals(o.Key, c, StringComparison.OrdinalIgnoreCase)));
            if (listed is not null) return listed;
            var wanted = Normalise(spec.Value!);
            var labelled = entry.Options.FirstOrDefault(o => Normalise(o.Value) == wanted).Key;
            if (labelled is not null) return labelled;
        }
        var answers = SurveyAnswers.Values(table, spec.Question);
        return codes.FirstOrDefault(c => answers.Any(a => a is not null && SurveyAnswers.Has(a, c))) ?? spec.Value!;
    }

    private static string Normalise(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => char.IsLetterOrDigit(c) && c < 128).ToArray()).ToLowerInvariant();

    private static IEnumerable<string> Categories(SurveyTable table, string column) =>
        SurveyAnswers.Values(table, column).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);

    private static string Describe(string variable) => variable switch
    {
        OperationMargins.Dispositif => "dispositif",
        OperationMargins.Commune => "groupe de communes",
        _ => variable,
    };
}
