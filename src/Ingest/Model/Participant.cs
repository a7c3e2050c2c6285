namespace Vacances.Ingest.Model;

/// <summary>One person of a dossier (DESIGN §3.2, <c>participants.csv</c>).</summary>
public sealed record Participant
{
    /// <summary>Stable pseudonymous person key, the same across the dossiers of a year (I-09).</summary>
    public required string ParticipantId { get; init; }
    public required string DossierId { get; init; }
    public DateOnly? BirthDate { get; init; }
    /// <summary>Completed years on the stay's first day when the file gives <c>age</c> instead of a birth date.</summary>
    public int? DeclaredAge { get; init; }
    public required ParticipantRole Role { get; init; }
    public Pcs? Pcs { get; init; }
    public bool? Handicap { get; init; }
    public bool? Ald30 { get; init; }
    /// <summary>AGGIR group 1–6, null if none.</summary>
    public int? Gir { get; init; }
    public bool? RetiredOrInactive { get; init; }
    public ParticipantStatuses Statuses { get; init; }
    public bool? FirstDeparture { get; init; }
    public bool? Aeeh { get; init; }
    /// <summary>The person's own tax household, when it differs from the dossier's (I-12).</summary>
    public decimal? RfrEur { get; init; }
    public decimal? TaxParts { get; init; }
    public IReadOnlyDictionary<string, string>? Extra { get; init; }

    /// <summary>
    /// Age in completed years on <paramref name="onDay"/> (I-02: a birthday falling on that day counts);
    /// the declared age when no birth date is known; null when neither is.
    /// </summary>
    public int? AgeOn(DateOnly onDay)
    {
        if (BirthDate is not { } birth) return DeclaredAge;
        var age = onDay.Year - birth.Year;
        if (onDay.Month < birth.Month || (onDay.Month == birth.Month && onDay.Day < birth.Day)) age--;
        return age;
    }
}
