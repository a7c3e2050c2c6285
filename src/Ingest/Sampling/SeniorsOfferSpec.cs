using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// How Seniors en vacances stays look for one offer (seed 003, « Seniors en vacances »): its length, where it
/// goes and what the stay costs per person (lodging + meals + activities), deliberately straddling the offer's price.
/// </summary>
internal sealed record SeniorsOfferSpec(SeniorsOffer Offer, double Weight, Weighted<int> Nights, Weighted<Destination> Destinations, (double Low, double High) PricePerPerson);
