using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// A generated person, kept while their household may travel again (the once-a-year rules need the same
/// participant_id in two dossiers, I-09, I-10).
/// </summary>
/// <param name="Role">Explicit role for companions and carers; null for household members, whose role follows their age.</param>
internal sealed record SamplePerson(
    string ParticipantId,
    DateOnly BirthDate,
    ParticipantRole? Role,
    Pcs? Pcs,
    bool? Handicap,
    bool? Ald30,
    int? Gir,
    bool? RetiredOrInactive,
    ParticipantStatuses Statuses,
    bool? FirstDeparture,
    bool? Aeeh,
    decimal? RfrEur = null,
    decimal? TaxParts = null)
{
    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        if (day.Month < BirthDate.Month || (day.Month == BirthDate.Month && day.Day < BirthDate.Day)) age--;
        return age;
    }

    public ParticipantRole RoleOn(DateOnly day) => Role ?? (AgeOn(day) >= 18 ? ParticipantRole.Adult : ParticipantRole.Child);

    public Participant ToParticipant(string dossierId, DateOnly start) => new()
    {
        ParticipantId = ParticipantId,
        DossierId = dossierId,
        BirthDate = BirthDate,
        Role = RoleOn(start),
        Pcs = Pcs,
        Handicap = Handicap,
        Ald30 = Ald30,
        Gir = Gir,
        RetiredOrInactive = RetiredOrInactive,
        Statuses = Statuses,
        FirstDeparture = FirstDeparture,
        Aeeh = Aeeh,
        RfrEur = RfrEur,
        TaxParts = TaxParts,
    };
}
