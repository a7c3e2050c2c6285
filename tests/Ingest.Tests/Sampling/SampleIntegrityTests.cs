using System.Text.Json;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Sampling;

namespace Vacances.Ingest.Tests.Sampling;

/// <summary>Both committed samples follow DESIGN §3 exactly: canonical codes, real communes, keys that point somewhere.</summary>
public sealed class SampleIntegrityTests
{
    public static TheoryData<string> Samples => new(SampleProfiles.Names);

    private static readonly HashSet<string> Communes = CommuneReferential.Default.All.Select(c => c.Code).ToHashSet();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Dossiers_UseCanonicalCodes_InEveryCodedColumn(string sample)
    {
        var op = GeneratedOperation.Committed(sample);
        foreach (var d in op.Dossiers.Rows)
        {
            Assert.True(CanonicalCodes.Dispositif.TryParse(d["dispositif"], out _), d["dispositif"]);
            Assert.Contains(d["dispositif"], CanonicalCodes.Dispositif.Codes);
            Assert.Contains(d["board"], CanonicalCodes.Board.Codes);
            Assert.True(d["offer"].Length == 0 || CanonicalCodes.SeniorsOffer.Codes.Contains(d["offer"]), d["offer"]);
            Assert.Contains(d["commune_insee"], Communes);
            Assert.True(d["destination_insee"].Length == 0 || Communes.Contains(d["destination_insee"]), d["destination_insee"]);
            Assert.Matches("^[A-Z]{2}$", d["destination_country"]);
            foreach (var column in new[] { "during_school_holidays", "single_room", "social_support", "conventioned_structure", "other_funder_requested", "couple", "caf_allocataire", "aeeh" })
                Assert.Contains(d[column], new[] { "", "true", "false" });
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Participants_UseCanonicalCodes_AndPointToExistingDossiers(string sample)
    {
        var op = GeneratedOperation.Committed(sample);
        foreach (var p in op.Participants.Rows)
        {
            Assert.True(op.DossiersById.ContainsKey(p["dossier_id"]), p["dossier_id"]);
            Assert.Contains(p["role"], CanonicalCodes.Role.Codes);
            Assert.True(p["pcs"].Length == 0 || CanonicalCodes.Pcs.Codes.Contains(p["pcs"]), p["pcs"]);
            foreach (var status in p["statuses"].Split('|', StringSplitOptions.RemoveEmptyEntries))
                Assert.Contains(status, CanonicalCodes.Status.Codes);
            Assert.InRange(op.AgeAtStart(p), 0, 110);
        }
        Assert.All(op.Dossiers.Rows, d => Assert.Contains(d["dossier_id"], op.Participants.Values("dossier_id").ToHashSet()));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Dossiers_HaveUniqueIds_AndEndOnOrAfterStart(string sample)
    {
        var op = GeneratedOperation.Committed(sample);
        Assert.Equal(op.Dossiers.Rows.Count, op.DossiersById.Count);
        Assert.All(op.Dossiers.Rows, d => Assert.True(GeneratedOperation.Date(d["end_date"]) >= GeneratedOperation.Date(d["start_date"])));
        var pairs = op.Participants.Rows.Select(p => (p["participant_id"], p["dossier_id"])).ToArray();
        Assert.Equal(pairs.Length, pairs.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Aids_StayWithinTheDossiersCost_AndComeFromDeclaredFunders(string sample)
    {
        var op = GeneratedOperation.Committed(sample);
        var yaml = File.ReadAllText(Path.Combine(op.Directory, "operation.yaml"));
        var participantsOf = op.Participants.Rows.ToLookup(p => p["dossier_id"], p => p["participant_id"]);
        foreach (var aid in op.Aids.Rows)
        {
            Assert.True(op.DossiersById.ContainsKey(aid["dossier_id"]));
            Assert.True(aid["participant_id"].Length == 0 || participantsOf[aid["dossier_id"]].Contains(aid["participant_id"]));
            Assert.Contains($"code: \"{aid["funder"]}\"", yaml);
            Assert.True(GeneratedOperation.Money(aid["amount_eur"]) > 0);
        }
        foreach (var group in op.Aids.Rows.GroupBy(a => a["dossier_id"]))
            Assert.True(group.Sum(a => GeneratedOperation.Money(a["amount_eur"])) <= op.TotalCost(op.DossiersById[group.Key]), group.Key);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Referents_AreProfessionalsOfTheOperation(string sample)
    {
        var op = GeneratedOperation.Committed(sample);
        var pros = op.Professionals.Values("pro_id").ToHashSet();
        Assert.All(op.Dossiers.Rows, d => Assert.Contains(d["referent_id"], pros));
        Assert.All(op.Professionnels.Rows, r => Assert.Contains(r["pro_id"], pros));
        Assert.All(op.Professionals.Rows, r => Assert.Contains(r["role"], ProfessionalRole.All.Select(x => x.Code)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SurveyAnswers_AreCodebookOptions_InCodebookColumns(string sample)
    {
        var op = GeneratedOperation.Committed(sample);
        using var codebook = JsonDocument.Parse(File.ReadAllText(Path.Combine(op.Directory, "survey", "codebook.json")));
        var questions = codebook.RootElement.EnumerateArray().ToDictionary(q => q.GetProperty("id").GetString()!);
        Assert.Equal(["response_id", "commune_insee", "dispositif", "household_type", "pcs", .. SurveyCodebook.Partants.Select(q => q.Id)], op.Partants.Columns);
        Assert.Equal(["response_id", "pro_id", "role", "commune_insee", .. SurveyCodebook.Professionnels.Select(q => q.Id)], op.Professionnels.Columns);
        foreach (var table in new[] { op.Partants, op.Professionnels })
            foreach (var row in table.Rows)
                foreach (var (column, value) in row)
                {
                    if (!questions.TryGetValue(column, out var q) || value.Length == 0) continue;
                    var type = q.GetProperty("type").GetString();
                    var options = q.GetProperty("options").EnumerateObject().Select(o => o.Name).ToHashSet();
                    if (type is "single" or "likert5") Assert.Contains(value, options);
                    if (type == "multi") Assert.All(value.Split('|'), v => Assert.Contains(v, options));
                    if (type == "number") Assert.True(decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _), value);
                }
        Assert.All(op.Partants.Rows, r => Assert.Contains(r["dispositif"], CanonicalCodes.Dispositif.Codes));
        Assert.All(op.Partants.Rows, r => Assert.Contains(r["commune_insee"], op.Dossiers.Values("commune_insee").ToHashSet()));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Requests_UseCanonicalReasons_AndDatesOfTheOperationYear(string sample)
    {
        var op = GeneratedOperation.Committed(sample);
        var year = op.Dossiers.Rows.Min(d => GeneratedOperation.Date(d["start_date"]).Year);
        Assert.All(op.CvRequests.Rows, r => Assert.True(r["reason"].Length == 0 || CanonicalCodes.CvReason.Codes.Contains(r["reason"])));
        Assert.All(op.CvRequests.Rows.Concat(op.EquipmentRequests.Rows), r => Assert.Equal(year, GeneratedOperation.Date(r["request_date"]).Year));
    }
}
