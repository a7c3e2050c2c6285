using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// ANCV « Seniors en vacances » (003_ca2202353c143c2a.txt, Seniors en vacances): the public of 1. Bénéficiaires, the
/// stay of 2. Séjours priced within the offer's maximum, the aid opened by RNI below the non-taxable table or a
/// status; aid = min(50 % × offer price, the offer's cap) (I-45).
/// </summary>
internal sealed class SeniorsRule
{
    public SeniorsRule(RuleBook book) => Segments = new Segments<SeniorsParameters>(book.Get("ancv.seniors"), (p, d) => new SeniorsParameters(p, d));

    public Segments<SeniorsParameters> Segments { get; }

    /// <summary>
    /// The I-09 exceptions: a proche aidant travelling with a senior they help (a senior of the dossier with handicap,
    /// ALD 30 or a GIR), and a young companion in service civique.
    /// </summary>
    public static bool IsUnlimited(StayContext stay, int i, SeniorsParameters p)
    {
        var participant = stay.Participant(i);
        if (participant.Role == ParticipantRole.YoungCompanion && (participant.Statuses & ParticipantStatuses.ServiceCivique) != 0) return true;
        if ((participant.Statuses & ParticipantStatuses.ProcheAidant) == 0) return false;
        for (var j = 0; j < stay.Count; j++)
            if (j != i && IsSenior(stay, j, p) && IsFrail(stay.Participant(j))) return true;
        return false;
    }

    public Outcome Evaluate(StayContext stay, int i, SeniorsParameters p, Trace? trace)
    {
        var participant = stay.Participant(i);
        var reasons = Reason.None;
        var failures = CheckPublic(stay, i, p, trace, ref reasons);
        failures |= CheckNights(stay, p, trace);
        var dossier = stay.Dossier;
        if (dossier.Offer is not { } offerCode || !p.Offers.TryGetValue(offerCode, out var offer))
        {
            trace?.Add("offre Seniors en vacances inconnue (I-45)");
            return Outcome.No(failures | Reason.OffreInconnue);
        }
        var price = (dossier.LodgingEur + dossier.MealsEur + dossier.ActivitiesEur) / stay.Count;
        var child = stay.Age(i) is { } age && age <= p.ChildAgeMax;
        var max = (child ? offer.ChildMax : offer.AdultMax) + (dossier.SingleRoom == true ? offer.SingleRoom : 0m);
        var priceOk = price <= max;
        trace?.Add($"offre {CanonicalCodes.SeniorsOffer.ToCode(offerCode)} : prix {French.Eur(Money.Round(price))} {(priceOk ? "≤" : ">")} maximum {French.Eur(max)}{(child ? " (18 ans au plus)" : "")}{(dossier.SingleRoom == true ? " chambre individuelle comprise" : "")} (I-45)");
        if (!priceOk) failures |= Reason.PrixOffreDepasse;
        failures |= CheckOpening(stay, i, p, trace, ref reasons);
        if (failures != Reason.None) return Outcome.No(failures);
        var proportional = p.Rate * price;
        var amount = Math.Min(proportional, offer.AidCap);
        if (proportional > offer.AidCap) reasons |= Reason.PlafondApplique;
        trace?.Add($"aide = min({French.Percent(p.Rate)} × {French.Eur(Money.Round(price))}, {French.Eur(offer.AidCap)}) = {French.Eur(Money.Round(amount))} (I-45)");
        return Outcome.Aid(amount, reasons, Reason.CoutNul);
    }

    /// <summary>Senior: retired or inactive, age ≥ 60, or ≥ 55 with handicap, ALD 30 or a GIR (I-02, I-45).</summary>
    public static bool IsSenior(StayContext stay, int i, SeniorsParameters p)
    {
        var participant = stay.Participant(i);
        if (participant.RetiredOrInactive != true || stay.Age(i) is not { } age) return false;
        return age >= p.AgeMin || (age >= p.AgeMinDisabled && IsFrail(participant));
    }

    private static bool IsFrail(Participant participant) =>
        participant.Handicap == true || participant.Ald30 == true || participant.Gir is >= 1 and <= 6;

    private static Reason CheckPublic(StayContext stay, int i, SeniorsParameters p, Trace? trace, ref Reason reasons)
    {
        if (IsSenior(stay, i, p))
        {
            trace?.Add($"senior : {stay.Age(i)} ans, retraité ou sans activité (I-45)");
            return Reason.None;
        }
        var participant = stay.Participant(i);
        if ((participant.Statuses & ParticipantStatuses.ProcheAidant) != 0)
        {
            reasons |= Reason.ProcheAidant;
            trace?.Add("proche aidant (I-45)");
            return Reason.None;
        }
        var seniorPresent = false;
        for (var j = 0; j < stay.Count && !seniorPresent; j++) seniorPresent = IsSenior(stay, j, p);
        if (!seniorPresent)
        {
            trace?.Add("aucun senior dans le dossier (I-45)");
            return Reason.SeniorAbsent;
        }
        var accompanying = participant.Role is ParticipantRole.Adult or ParticipantRole.Child
            or ParticipantRole.ProfessionalCarer or ParticipantRole.YoungCompanion;
        trace?.Add(accompanying
            ? $"part avec un senior, rôle {CanonicalCodes.Role.ToCode(participant.Role)} (I-45)"
            : $"rôle {CanonicalCodes.Role.ToCode(participant.Role)} hors du public (I-45)");
        return accompanying ? Reason.None : Reason.PublicNonEligible;
    }

    /// <summary>At least 4 nights, or 2 for the Île-de-France offer or destination (I-14, I-45).</summary>
    private static Reason CheckNights(StayContext stay, SeniorsParameters p, Trace? trace)
    {
        var dossier = stay.Dossier;
        var ileDeFrance = dossier.Offer == SeniorsOffer.IleDeFranceTwoNights || p.IsIleDeFrance(dossier.DestinationInsee);
        var min = ileDeFrance ? p.NightsMinIleDeFrance : p.NightsMin;
        var ok = stay.Nights >= min;
        trace?.Add($"{stay.Nights} nuitée(s), minimum {min}{(ileDeFrance ? " en Île-de-France" : "")} (I-14, I-45)");
        return ok ? Reason.None : Reason.DureeSejour;
    }

    /// <summary>The aid needs RNI below the non-taxable table, or the proche-aidant or service-civique status (I-45).</summary>
    private static Reason CheckOpening(StayContext stay, int i, SeniorsParameters p, Trace? trace, ref Reason reasons)
    {
        var statuses = stay.Participant(i).Statuses;
        if ((statuses & ParticipantStatuses.ProcheAidant) != 0)
        {
            reasons |= Reason.ProcheAidant;
            return Reason.None;
        }
        if ((statuses & ParticipantStatuses.ServiceCivique) != 0)
        {
            reasons |= Reason.ServiceCivique;
            trace?.Add("volontaire en service civique : aide ouverte (I-45)");
            return Reason.None;
        }
        var resources = ResourceTest.Check(stay, i, null, null, p.Rni, trace);
        if (ResourceTest.Passed(resources))
        {
            reasons |= resources;
            return Reason.None;
        }
        trace?.Add("aide non ouverte : ni RNI non imposable, ni statut (I-45)");
        return resources | Reason.AideNonOuverte;
    }
}
