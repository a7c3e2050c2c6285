using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>The six TTC cost components of a dossier (DESIGN §3.1).</summary>
internal readonly record struct StayCosts(decimal Lodging, decimal Meals, decimal TouristTax, decimal Transport, decimal Activities, decimal Extras)
{
    /// <summary>Long-haul flights (overseas) are priced per person instead of per kilometre or coach seat.</summary>
    private const double LongHaulKm = 3000;

    public decimal Total => Lodging + Meals + TouristTax + Transport + Activities + Extras;

    /// <summary>Price levels of the kind applied to this stay's nights, people, board and distance.</summary>
    public static StayCosts Draw(Random random, CostModel model, Board board, int nights, int people, int adults, double distanceKm)
    {
        var perNight = random.Uniform(model.LodgingPerNight.Low, model.LodgingPerNight.High)
            + people * random.Uniform(model.LodgingPerPersonNight.Low, model.LodgingPerPersonNight.High);
        if (random.Chance(model.Premium)) perNight *= random.Uniform(3, 6);
        var lodging = perNight * nights;
        var meals = MealsCost(random, model, board, nights, people);
        return new StayCosts(
            SampleRandom.Euros(lodging), SampleRandom.Euros(meals),
            SampleRandom.Euros(adults * nights * random.Uniform(model.TouristTaxPerAdultNight.Low, model.TouristTaxPerAdultNight.High)),
            SampleRandom.Euros(TransportCost(random, model, people, distanceKm)),
            SampleRandom.Euros(random.Chance(0.3) ? 0 : people * random.Uniform(model.ActivitiesPerPerson.Low, model.ActivitiesPerPerson.High)),
            SampleRandom.Euros(random.Chance(0.4) ? 0 : random.Uniform(model.Extras.Low, model.Extras.High)));
    }

    /// <summary>
    /// A packaged offer (Seniors en vacances): lodging, meals and activities add up to the offer price per person;
    /// transport, tax and extras come on top.
    /// </summary>
    public static StayCosts DrawOffer(Random random, CostModel model, Board board, double pricePerPerson, int nights, int people, int adults, double distanceKm)
    {
        var package = pricePerPerson * people;
        var activities = package * random.Uniform(0.04, 0.1);
        var meals = package * (board == Board.Full ? random.Uniform(0.3, 0.4) : random.Uniform(0.15, 0.25));
        var packageCents = SampleRandom.Euros(package);
        var activitiesCents = SampleRandom.Euros(activities);
        var mealsCents = SampleRandom.Euros(meals);
        return new StayCosts(
            packageCents - activitiesCents - mealsCents, mealsCents,
            SampleRandom.Euros(adults * nights * random.Uniform(model.TouristTaxPerAdultNight.Low, model.TouristTaxPerAdultNight.High)),
            SampleRandom.Euros(TransportCost(random, model, people, distanceKm)), activitiesCents,
            SampleRandom.Euros(random.Chance(0.5) ? 0 : random.Uniform(model.Extras.Low, model.Extras.High)));
    }

    private static double MealsCost(Random random, CostModel model, Board board, int nights, int people)
    {
        var half = random.Uniform(model.HalfBoardPerPersonNight.Low, model.HalfBoardPerPersonNight.High);
        return board switch
        {
            Board.Half => half * people * nights,
            Board.Full => 1.8 * half * people * nights,
            Board.BedAndBreakfast => 0.45 * half * people * nights,
            _ => 0,
        };
    }

    private static double TransportCost(Random random, CostModel model, int people, double distanceKm)
    {
        if (distanceKm > LongHaulKm) return people * random.Uniform(700, 1200);
        return model.TransportPerPerson is { } seat
            ? people * random.Uniform(seat.Low, seat.High)
            : distanceKm * random.Uniform(model.TransportPerKm.Low, model.TransportPerKm.High);
    }
}
