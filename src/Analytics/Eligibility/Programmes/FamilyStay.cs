using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// The CAF « vacances familiales » conditions shared by AVF and AVS (I-22, I-24): a participant with role
/// <c>adult</c> and one aged under 18, during school holidays when a child of compulsory school age (3–16) takes part.
/// </summary>
internal static class FamilyStay
{
    public static Reason Check(StayContext stay, int childAgeMax, int schoolAgeMin, int schoolAgeMax, Trace? trace)
    {
        var failures = Reason.None;
        var family = stay.HasAdultRole && stay.AnyAgeBetween(0, childAgeMax);
        trace?.Add(family ? "séjour familial (parent et enfant mineur)" : "pas un séjour familial : il faut un adulte et un enfant mineur (I-22)");
        if (!family) failures |= Reason.SejourNonFamilial;
        if (stay.AnyAgeBetween(schoolAgeMin, schoolAgeMax) && stay.Dossier.DuringSchoolHolidays != true)
        {
            trace?.Add($"un enfant de {schoolAgeMin}–{schoolAgeMax} ans part hors des vacances scolaires (I-22)");
            failures |= Reason.HorsVacancesScolaires;
        }
        return failures;
    }

    /// <summary>Lodging + meals (half or full board only) + tourist tax (I-20, I-24).</summary>
    public static decimal LodgingMealsTax(Dossier dossier) =>
        dossier.LodgingEur + (dossier.Board is Board.Half or Board.Full ? dossier.MealsEur : 0m) + dossier.TouristTaxEur;
}
