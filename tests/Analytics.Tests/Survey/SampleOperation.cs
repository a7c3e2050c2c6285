using System.Text.Json;
using Vacances.Ingest.Model;
using Vacances.TestSupport;

namespace Vacances.Analytics.Tests.Survey;

/// <summary>
/// The parts of <c>data-samples/nrpp-2026</c> the survey indicators read (dossiers' dispositif and commune,
/// participants, professionals' ids, the survey), read plainly from the committed canonical files — those files
/// are well-formed by construction (the ingest branch's loader is the product's reader).
/// </summary>
internal static class SampleOperation
{
    public static OperationData Load(string name = "nrpp-2026")
    {
        var folder = Path.Combine(RepositoryPaths.DataSamples, name);
        var dossiers = Records(Path.Combine(folder, "dossiers.csv")).Select(r => new Dossier
        {
            DossierId = r["dossier_id"], Operation = r["operation"], CommuneInsee = r["commune_insee"],
            Dispositif = CanonicalCodes.Dispositif.TryParse(r["dispositif"], out var d) ? d : Dispositif.Autre,
            StartDate = DateOnly.Parse(r["start_date"]), EndDate = DateOnly.Parse(r["end_date"]),
        }).ToList();
        var participants = Records(Path.Combine(folder, "participants.csv"))
            .Select(r => new Participant { ParticipantId = r["participant_id"], DossierId = r["dossier_id"], Role = ParticipantRole.Adult }).ToList();
        var professionals = Records(Path.Combine(folder, "professionals.csv"))
            .Select(r => new ProfessionalMonth(r["pro_id"], r["commune_insee"], r["role"], DateOnly.Parse(r["month"]), 0, 0)).ToList();
        return new OperationData
        {
            Config = new OperationConfig { Id = name, Name = name, Year = 2026 },
            Dossiers = dossiers,
            Participants = participants,
            Professionals = professionals,
            Survey = new SurveyData(Codebook(Path.Combine(folder, "survey", "codebook.json")),
                Table(Path.Combine(folder, "survey", "partants.csv")), Table(Path.Combine(folder, "survey", "professionnels.csv"))),
        };
    }

    private static List<SurveyQuestion> Codebook(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.EnumerateArray().Select(q => new SurveyQuestion(
            q.GetProperty("id").GetString()!, q.GetProperty("label").GetString()!, q.GetProperty("type").GetString()!,
            q.TryGetProperty("options", out var options)
                ? options.EnumerateObject().Select(o => new KeyValuePair<string, string>(o.Name, o.Value.GetString()!)).ToList()
                : [])).ToList();
    }

    /// <summary>Survey tables: the free-text <c>verbatim</c> column is left out (it may hold the separator).</summary>
    private static SurveyTable Table(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        var keep = header.Select((h, i) => (h, i)).Where(x => x.h != "verbatim").ToList();
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')).Select(r => keep.Select(k => r[k.i].Length == 0 ? null : r[k.i]).ToArray()).ToList();
        return new SurveyTable(keep.Select(k => k.h).ToList(), rows);
    }

    private static IEnumerable<Dictionary<string, string>> Records(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(l.Split(';')).ToDictionary(x => x.First, x => x.Second));
    }
}
