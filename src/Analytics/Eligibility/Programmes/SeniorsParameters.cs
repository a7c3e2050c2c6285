using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>Seniors en vacances parameters on one day (ancv/seniors.yaml).</summary>
internal sealed class SeniorsParameters
{
    private readonly string[] _ileDeFrancePrefixes;

    public SeniorsParameters(ProgrammeParameters p, DateOnly day)
    {
        AgeMin = (int)p.Number("age_min", day);
        AgeMinDisabled = (int)p.Number("age_min_disabled", day);
        NightsMin = (int)p.Number("nights_min", day);
        NightsMinIleDeFrance = (int)p.Number("nights_min_ile_de_france", day);
        ChildAgeMax = (int)p.Number("child_age_max", day);
        Rate = p.Number("rate", day);
        Rni = new RniTable(p, day);
        _ileDeFrancePrefixes = [.. p.Codes("ile_de_france_prefixes", day)];
        var offers = new Dictionary<SeniorsOffer, SeniorsOfferLimits>();
        foreach (var row in p.Rows("offers", day))
        {
            if (!row.TryGetValue("code", out var code) || !CanonicalCodes.SeniorsOffer.TryParse(code, out var offer))
                throw new ParameterFileException($"{p.Id} : offre inconnue dans « offers ».");
            offers.Add(offer, new SeniorsOfferLimits(
                Rows.Number(row, "adult_max"), Rows.Number(row, "child_max"), Rows.Number(row, "single_room"), Rows.Number(row, "aid_cap")));
        }
        Offers = offers;
    }

    public int AgeMin { get; }
    public int AgeMinDisabled { get; }
    public int NightsMin { get; }
    public int NightsMinIleDeFrance { get; }
    public int ChildAgeMax { get; }
    public decimal Rate { get; }
    public RniTable Rni { get; }
    public IReadOnlyDictionary<SeniorsOffer, SeniorsOfferLimits> Offers { get; }

    /// <summary>A destination in Île-de-France by its COG code (I-14).</summary>
    public bool IsIleDeFrance(string? destinationInsee)
    {
        if (string.IsNullOrEmpty(destinationInsee)) return false;
        foreach (var prefix in _ileDeFrancePrefixes)
            if (destinationInsee.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }
}
