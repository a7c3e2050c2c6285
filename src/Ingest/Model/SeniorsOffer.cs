namespace Vacances.Ingest.Model;

/// <summary>
/// Seniors en vacances offer (seed 003, « Seniors en vacances »): <c>seniors_7n</c>, <c>seniors_4n</c>,
/// <c>seniors_idf_2n</c>, <c>seniors_om_4n</c>.
/// </summary>
public enum SeniorsOffer
{
    SevenNights,
    FourNights,
    IleDeFranceTwoNights,
    OverseasFourNights,
}
