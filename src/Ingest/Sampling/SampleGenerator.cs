namespace Vacances.Ingest.Sampling;

/// <summary>
/// Writes a whole synthetic operation in the canonical formats of DESIGN §3 (<c>vacances sample</c>): operation.yaml,
/// dossiers, participants, aids, requests, professionals' hours and the survey with its codebook. Deterministic: the
/// same profile, size and seed give the same bytes (seeded <see cref="Random"/> streams, one per file kind, no clock).
/// Dossiers, participants and aids are written as they are drawn, so memory stays bounded whatever the size; only
/// the professionals (a few per hundred dossiers) and a ring of recent households are kept.
/// </summary>
public static class SampleGenerator
{
    private const int DossierStream = 1;
    private const int ProfessionalStream = 2;
    private const int CvStream = 3;
    private const int EquipmentStream = 4;
    private const int PartantsStream = 5;
    private const int ProfessionnelsStream = 6;
    private const int AidStream = 7;

    /// <param name="profile">One of <see cref="SampleProfiles.Names"/>.</param>
    public static SampleSummary Generate(string profile, long dossiers, int seed, string outDirectory)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dossiers, 1);
        var p = SampleProfiles.Get(profile);
        Directory.CreateDirectory(outDirectory);
        var survey = Path.Combine(outDirectory, "survey");
        Directory.CreateDirectory(survey);

        OperationYamlFile.Write(outDirectory, p.Config);
        var roster = ProfessionalRoster.Create(SampleRandom.Derive(seed, ProfessionalStream), p, dossiers);
        var professionalMonths = ProfessionalsFile.Write(outDirectory, roster);
        var (participants, aids, aidsTotal, departures) = WriteDossiers(p, roster, dossiers, seed, outDirectory);
        var cv = CvRequestFile.Write(outDirectory, SampleRandom.Derive(seed, CvStream), p, dossiers);
        var equipment = EquipmentRequestFile.Write(outDirectory, SampleRandom.Derive(seed, EquipmentStream), p, dossiers);
        SurveyCodebook.Write(survey);
        var partants = PartantsSurveyFile.Write(survey, SampleRandom.Derive(seed, PartantsStream), p, departures);
        var pros = ProfessionnelsSurveyFile.Write(survey, SampleRandom.Derive(seed, ProfessionnelsStream), p, roster);
        return new SampleSummary(p.Config.Id, dossiers, participants, aids, aidsTotal, professionalMonths, cv, equipment, partants, pros);
    }

    private static (long Participants, long Aids, decimal AidsTotal, DepartureCounts Departures) WriteDossiers(SampleProfile p, ProfessionalRoster roster, long dossiers, int seed, string outDirectory)
    {
        var random = SampleRandom.Derive(seed, DossierStream);
        var aidRandom = SampleRandom.Derive(seed, AidStream);
        var factory = new DossierFactory(p, new SampleIds(dossiers), roster);
        var allocator = p.Aids is { } model ? new AidAllocator(p, model) : null;
        using var dossierFile = DossierFile.Open(outDirectory);
        using var participantFile = ParticipantFile.Open(outDirectory);
        using var aidFile = AidFile.Open(outDirectory);
        var total = 0m;
        for (long i = 0; i < dossiers; i++)
        {
            var generated = factory.Next(random);
            DossierFile.Write(dossierFile, generated.Dossier);
            foreach (var participant in generated.Participants) ParticipantFile.Write(participantFile, participant);
            if (allocator is null) continue;
            foreach (var aid in allocator.Allocate(aidRandom, generated))
            {
                AidFile.Write(aidFile, aid);
                total += aid.AmountEur;
            }
        }
        return (participantFile.Rows, aidFile.Rows, total, factory.Counts);
    }
}
