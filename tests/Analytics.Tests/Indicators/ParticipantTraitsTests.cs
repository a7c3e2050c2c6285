using Vacances.Analytics.Indicators;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Indicators;

public class ParticipantTraitsTests
{
    public static TheoryData<bool, Pcs?, bool?> Combinations()
    {
        var data = new TheoryData<bool, Pcs?, bool?>();
        foreach (var adult in new[] { false, true })
            foreach (var pcs in Enum.GetValues<Pcs>().Select(p => (Pcs?)p).Prepend(null))
                foreach (var first in new bool?[] { null, false, true })
                    data.Add(adult, pcs, first);
        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Traits_GiveBackWhatTheyWereBuiltWith_ForEveryCombination(bool adult, Pcs? pcs, bool? firstDeparture)
    {
        var traits = new ParticipantTraits(adult, pcs, firstDeparture);

        Assert.Equal((adult, pcs, firstDeparture), (traits.IsAdult, traits.Pcs, traits.FirstDeparture));
    }
}
