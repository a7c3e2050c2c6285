namespace Vacances.Analytics.Survey;

/// <summary>
/// The weights of a survey of n respondents drawn without replacement from a population of N (DESIGN §6): the
/// design weight N / n of simple random sampling, calibrated by raking to the population margins when calibration
/// variables are given — once, on all respondents; every estimate is then a domain estimate over these weights.
/// Carries what the linearised variance of a calibrated estimator needs (R's <c>greg_calibration</c> record:
/// the model matrix and the inverse of Σ d_i x_i x_iᵀ with the design weights d_i).
/// </summary>
public sealed class SurveyWeights
{
    private readonly double[] designWeights;
    private readonly double[] weights;

    private SurveyWeights(double populationSize, double[] designWeights, double[] weights, AuxiliaryModel? model, double[,]? modelInverse, int iterations)
    {
        PopulationSize = populationSize;
        this.designWeights = designWeights;
        this.weights = weights;
        Model = model;
        ModelInverse = modelInverse;
        Iterations = iterations;
    }

    /// <summary>N, the population size of the finite-population correction (the margins' total).</summary>
    public double PopulationSize { get; }

    /// <summary>n, the number of respondents.</summary>
    public int SampleSize => weights.Length;

    /// <summary>Final (calibrated, or design) weight of each respondent, in row order.</summary>
    public IReadOnlyList<double> Weights => weights;

    /// <summary>Design weights N / n before calibration.</summary>
    public IReadOnlyList<double> DesignWeights => designWeights;

    /// <summary>True when the weights were raked to margins.</summary>
    public bool IsCalibrated => Model is not null;

    /// <summary>Newton iterations the calibration took (0 when not calibrated).</summary>
    public int Iterations { get; }

    internal AuxiliaryModel? Model { get; }

    /// <summary>(Σ d_i x_i x_iᵀ)⁻¹ with the design weights: the regression of the variance residuals.</summary>
    internal double[,]? ModelInverse { get; }

    internal double Weight(int row) => weights[row];

    internal double DesignWeight(int row) => designWeights[row];

    /// <summary>Simple random sampling without replacement of <paramref name="sampleSize"/> among N = the margins' total.</summary>
    public static SurveyWeights SimpleRandomSample(int sampleSize, PopulationMargins margins) => SimpleRandomSample(sampleSize, margins.Total);

    /// <summary>Simple random sampling without replacement of <paramref name="sampleSize"/> among <paramref name="populationSize"/>.</summary>
    /// <exception cref="SurveyEstimationException">Fewer than two respondents, or more respondents than the population.</exception>
    public static SurveyWeights SimpleRandomSample(int sampleSize, double populationSize)
    {
        Validate(sampleSize, populationSize);
        var design = Enumerable.Repeat(populationSize / sampleSize, sampleSize).ToArray();
        return new SurveyWeights(populationSize, design, (double[])design.Clone(), null, null, 0);
    }

    /// <summary>
    /// Raking calibration of the simple-random-sampling weights to the margins of <paramref name="variables"/>
    /// (R: <c>calibrate(svydesign(id = ~1, fpc = ~N), ~v1 + v2, population, calfun = "raking")</c>).
    /// </summary>
    /// <param name="values">Per variable, each respondent's category.</param>
    /// <exception cref="SurveyEstimationException">See <see cref="AuxiliaryModel.Build"/> and <see cref="RakingCalibration.Calibrate"/>.</exception>
    public static SurveyWeights Raked(IReadOnlyList<string> variables, IReadOnlyList<IReadOnlyList<string?>> values, PopulationMargins margins, CalibrationOptions? options = null)
    {
        if (variables.Count == 0) throw new ArgumentException("at least one calibration variable", nameof(variables));
        var sampleSize = values[0].Count;
        Validate(sampleSize, margins.Total);
        var model = AuxiliaryModel.Build(variables, values, margins);
        var design = Enumerable.Repeat(margins.Total / sampleSize, sampleSize).ToArray();
        var (ratios, iterations) = RakingCalibration.Calibrate(model, design, options ?? CalibrationOptions.Default);
        var calibrated = new double[sampleSize];
        for (var i = 0; i < sampleSize; i++) calibrated[i] = design[i] * ratios[i];
        var inverse = SmallLinearAlgebra.Invert(model.WeightedCrossProduct(i => design[i]))
            ?? throw new SurveyEstimationException("les variables de calage sont redondantes dans l'échantillon.");
        return new SurveyWeights(margins.Total, design, calibrated, model, inverse, iterations);
    }

    private static void Validate(int sampleSize, double populationSize)
    {
        if (sampleSize < 2) throw new SurveyEstimationException($"il faut au moins deux répondants pour estimer une variance (il y en a {sampleSize}).");
        if (populationSize < sampleSize)
            throw new SurveyEstimationException($"la population ({populationSize}) est plus petite que l'échantillon ({sampleSize} répondants) : vérifiez les marges.");
    }
}
