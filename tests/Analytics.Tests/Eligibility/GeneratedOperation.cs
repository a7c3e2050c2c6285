using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Eligibility;

/// <summary>Generated operations for the engine-level tests (no files).</summary>
internal static class GeneratedOperation
{
    /// <summary>A deterministic mixed operation: ANCV 2026 and CAF 35 2023 stays, families, seniors, young people.</summary>
    public static OperationData Create(int dossiers)
    {
        var random = new Random(7);
        var list = new List<Dossier>(dossiers);
        var people = new List<Participant>(dossiers * 3);
        for (var d = 0; d < dossiers; d++)
        {
            var caf = d % 3 == 0;
            var start = caf ? new DateOnly(2023, 4, 1).AddDays(random.Next(200)) : new DateOnly(2026, 1, 1).AddDays(random.Next(360));
            var id = $"D{d:D6}";
            list.Add(new Dossier
            {
                DossierId = id, Operation = "gen", CommuneInsee = caf ? "35238" : "62065", Dispositif = Dispositif.Individuel,
                StartDate = start, EndDate = start.AddDays(1 + random.Next(12)), Board = Board.Half,
                LodgingEur = 100 + random.Next(1500), MealsEur = random.Next(400), TransportEur = random.Next(200), ActivitiesEur = random.Next(150),
                QfEur = random.Next(1200), RfrEur = random.Next(40000), TaxParts = 1 + random.Next(6) * 0.5m, RniEur = random.Next(40000),
                Couple = random.Next(2) == 0, CafAllocataire = true, DependentChildren = 1, DuringSchoolHolidays = true,
                OtherFunderRequested = random.Next(4) > 0, SocialSupport = random.Next(3) == 0, ConventionedStructure = true,
                PublicPriceEur = random.Next(3) == 0 ? 1500 : null, Offer = random.Next(4) == 0 ? SeniorsOffer.SevenNights : null,
                HouseholdId = $"H{random.Next(dossiers)}", DistanceKm = random.Next(800),
            });
            var size = 1 + random.Next(4);
            for (var p = 0; p < size; p++)
                people.Add(new Participant
                {
                    ParticipantId = $"P{random.Next(dossiers * 2)}", DossierId = id, DeclaredAge = p == 0 ? 18 + random.Next(60) : random.Next(20),
                    Role = p == 0 ? ParticipantRole.Adult : ParticipantRole.Child, RetiredOrInactive = random.Next(2) == 0,
                });
        }
        return new OperationData { Config = new OperationConfig { Id = "gen", Name = "gen", Year = 2026 }, Dossiers = list, Participants = people };
    }
}
