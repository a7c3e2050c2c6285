namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>One Seniors en vacances offer: maximum prices per beneficiary, single-room supplement and aid cap (I-45).</summary>
internal sealed record SeniorsOfferLimits(decimal AdultMax, decimal ChildMax, decimal SingleRoom, decimal AidCap);
