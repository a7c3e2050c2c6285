using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// Everything that shapes one synthetic operation: its <c>operation.yaml</c> content and the distributions the
/// generator draws from. Profiles are data; the generator holds no operation detail.
/// </summary>
internal sealed record SampleProfile
{
    public required OperationConfig Config { get; init; }
    /// <summary>Residence communes (COG code) weighted by how many dossiers they send.</summary>
    public required Weighted<string> Communes { get; init; }
    public required IReadOnlyList<StayKind> Kinds { get; init; }
    /// <summary>
    /// Household types of family stays: a social-aid public has many single parents and people alone (the default);
    /// a CAF family-aid public mostly parents with children.
    /// </summary>
    public Weighted<FamilyType> FamilyTypes { get; init; } = Weighted.Of(
        (FamilyType.SingleParent, 36), (FamilyType.CoupleWithChildren, 28), (FamilyType.Alone, 22), (FamilyType.Couple, 9), (FamilyType.GrandParents, 5));
    public required SchoolHolidays Holidays { get; init; }
    public IReadOnlyList<SeniorsOfferSpec> SeniorsOffers { get; init; } = [];
    /// <summary>Quotient familial of households (euros per month), triangular (low, mode, high).</summary>
    public required (double Low, double Mode, double High) Qf { get; init; }
    /// <summary>QF values drawn now and then to sit on the rules' tier boundaries (share, values).</summary>
    public (double Share, IReadOnlyList<double> Values) QfBoundaries { get; init; } = (0, []);
    /// <summary>One-way distances drawn now and then on the rules' distance boundaries (share, values).</summary>
    public (double Share, IReadOnlyList<double> Values) DistanceBoundaries { get; init; } = (0, []);
    /// <summary>Last year the household used the CAF's AVF, with weights (null = never / unknown).</summary>
    public required Weighted<int?> LastAvfYear { get; init; }
    /// <summary>Chance that a dossier reuses a recent household (the same persons or some of them).</summary>
    public double RepeatHousehold { get; init; } = 0.04;
    public AidModel? Aids { get; init; }
    public double ProfessionalsPerDossier { get; init; } = 100.0 / 3500;
    /// <summary>Mean season hours per professional, direct accompaniment and total involvement (seed 001).</summary>
    public (double Direct, double Total) MeanSeasonHours { get; init; } = (61, 109);
    public double CvRequestsPerDossier { get; init; }
    public double EquipmentRequestsPerDossier { get; init; }
    public required SurveyModel Survey { get; init; }
    /// <summary>Sponsors of the operation's foundations funders (codes <c>mecene:…</c>), drawn per dossier.</summary>
    public IReadOnlyList<string> Mecenes => Config.Funders.Where(f => f.Code.StartsWith("mecene:", StringComparison.Ordinal)).Select(f => f.Code).ToArray();
}
