using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Eligibility;

public class DecideInPartsTests
{
    private static readonly EligibilityEngine Engine = EligibilityEngine.LoadDefault();

    /// <summary>
    /// 600 generated dossiers, unlinked except that every 20th dossier's household is also that of the dossier 300
    /// further on, and every 10th ANCV dossier's first participant travels again 252 dossiers further on: the links the
    /// once-a-year rules follow (I-09, CAF 35 nights per household and year) cross any part boundary.
    /// </summary>
    private static OperationData Linked()
    {
        var data = GeneratedOperation.Create(600);
        var dossiers = data.Dossiers.Select((d, i) => d with { HouseholdId = $"H{(i >= 300 && (i - 300) % 20 == 0 ? i - 300 : i)}" }).ToArray();
        var firstOf = new Dictionary<string, string>();
        var participants = new List<Participant>();
        for (var p = 0; p < data.Participants.Count; p++)
        {
            var person = data.Participants[p];
            var position = int.Parse(person.DossierId[1..]);
            var first = p == 0 || data.Participants[p - 1].DossierId != person.DossierId;
            if (first) firstOf[person.DossierId] = $"P{p}";
            var earlier = position - 252;
            var id = first && earlier >= 0 && earlier % 30 == 1 ? firstOf[$"D{earlier:D6}"] : $"P{p}";
            participants.Add(person with { ParticipantId = id });
        }
        return data with { Dossiers = dossiers, Participants = participants };
    }

    private static List<(string, string, string, bool, decimal, string)> Decided(OperationData data) =>
        [.. Engine.Decide(data).Select(r => (r.DossierId, r.ParticipantId, r.Programme, r.Eligible, r.AidEur, string.Join('|', r.Reasons)))
            .OrderBy(r => r.DossierId, StringComparer.Ordinal)];

    private static (List<(string, string, string, bool, decimal, string)> Rows, int Parts) InParts(OperationData data, int size)
    {
        var rows = new List<(string, string, string, bool, decimal, string)>();
        var parts = 0;
        Engine.DecideInParts(data, size, part =>
        {
            parts++;
            foreach (var row in part.Rows)
                rows.Add((data.Dossiers[part.DossierIndex(row)].DossierId, part.ParticipantId(row), row.ProgrammeId, row.Eligible,
                    row.AidEur, string.Join('|', row.ReasonCodes)));
        });
        return ([.. rows.OrderBy(r => r.Item1, StringComparer.Ordinal)], parts);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(250)]
    public void DecideInParts_GivesTheRowsOfDecide_WhenDossiersAreLinkedAcrossParts(int size)
    {
        var data = Linked();
        var expected = Decided(data);
        Assert.Contains(expected, r => r.Item6.Contains("deja_aide_annee_civile", StringComparison.Ordinal));

        var (rows, parts) = InParts(data, size);

        Assert.Equal(expected, rows);
        Assert.InRange(parts, 2, data.Dossiers.Count - 1);
    }

    [Fact]
    public void DecideInParts_KeepsLinkedDossiersTogether_WhenTheyAreFarApart()
    {
        var data = Linked();
        var partOf = new Dictionary<string, int>();
        var parts = 0;
        Engine.DecideInParts(data, 1, part =>
        {
            foreach (var d in part.DossierIndexes) partOf[data.Dossiers[d].DossierId] = parts;
            parts++;
        });
        Assert.Equal(data.Dossiers.Count, partOf.Count);
        Assert.Equal(partOf["D000000"], partOf["D000300"]);
        Assert.Equal(partOf["D000031"], partOf["D000283"]);
        Assert.NotEqual(partOf["D000002"], partOf["D000004"]);
    }

    [Fact]
    public void DecideInParts_DecidesTheRequestsInTheLastPart_WhenTheOperationHasSome()
    {
        var data = GeneratedOperation.Create(40) with
        {
            CvRequests = [new CvRequest { RequestId = "CV1", RequestDate = new DateOnly(2026, 3, 2), Reason = CvReason.Sante, IssueYear = 2024, AmountEur = 120m }],
        };
        var requestsIn = new List<int>();
        var parts = 0;
        Engine.DecideInParts(data, 10, part =>
        {
            foreach (var row in part.Rows)
                if (row.Kind == RowKind.CvRequest) requestsIn.Add(parts);
            parts++;
        });
        Assert.Equal([parts - 1], requestsIn);
    }
}
