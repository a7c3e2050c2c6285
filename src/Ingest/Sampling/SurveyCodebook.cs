using System.Text.Encodings.Web;
using System.Text.Json;
using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// The survey's questions (DESIGN §3.5, the question ids of seed 001's figures) and <c>survey/codebook.json</c>:
/// a JSON array of <c>{id, label, type, options}</c>, options an object code → French label in answer order.
/// </summary>
internal static class SurveyCodebook
{
    public const string Name = "codebook.json";

    private static readonly KeyValuePair<string, string>[] YesNo = [new("oui", "Oui"), new("non", "Non")];

    /// <summary>Questions put to partants, in column order of <c>survey/partants.csv</c>.</summary>
    public static readonly IReadOnlyList<SurveyQuestion> Partants =
    [
        new("decouverte_droits_vacances", "Grâce au projet, avez-vous découvert des droits liés aux vacances (aides, dispositifs) ?", "single", YesNo),
        new("decouverte_droits_loisirs", "Grâce au projet, avez-vous découvert des droits liés aux loisirs (sport, culture, sorties) ?", "single", YesNo),
        new("relation_enfants", "Quel effet le séjour a-t-il eu sur la relation avec vos enfants ?", "likert5",
        [
            new("1", "Très négatif"), new("2", "Plutôt négatif"), new("3", "Ni positif ni négatif"), new("4", "Plutôt positif"),
            new("5", "Très positif"), new("sans_objet", "Sans objet (pas d'enfant dans le séjour)"),
        ]),
        new("capacite_repartir", "Vous sentez-vous capable de repartir en vacances à l'avenir ?", "single",
            [new("oui", "Oui"), new("non", "Non"), new("nsp", "Ne sait pas")]),
        new("relation_institutions", "Depuis le projet, votre relation avec les institutions (mairie, CCAS, Caf…) est :", "single",
            [new("amelioree", "Améliorée"), new("inchangee", "Inchangée"), new("degradee", "Dégradée")]),
        new("premier_depart", "Était-ce votre premier départ en vacances (ou le premier depuis très longtemps) ?", "single", YesNo),
        new("verbatim", "Avec vos mots : qu'est-ce que ces vacances ont changé pour vous ?", "text", []),
    ];

    /// <summary>Questions put to professionals, in column order of <c>survey/professionnels.csv</c>.</summary>
    public static readonly IReadOnlyList<SurveyQuestion> Professionnels =
    [
        new("pratiques_evoluees", "Le projet a-t-il fait évoluer vos pratiques professionnelles ?", "single", YesNo),
        new("competences", "Quelles compétences le projet vous a-t-il permis de développer ?", "multi",
        [
            new("relationnelles", "Compétences relationnelles"), new("environnement_vacancier", "Connaissance de l'environnement vacancier"),
            new("ingenierie_projet", "Ingénierie de projet"), new("partenariat", "Travail en partenariat"),
            new("modalites_intervention", "Nouvelles modalités d'intervention"),
        ]),
        new("heures_accompagnement", "Heures consacrées à l'accompagnement direct des partants (février à juin)", "number", []),
        new("heures_implication", "Heures d'implication totale dans le projet (février à juin)", "number", []),
    ];

    public static void Write(string surveyDirectory)
    {
        Directory.CreateDirectory(surveyDirectory);
        using var stream = File.Create(Path.Combine(surveyDirectory, Name));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        json.WriteStartArray();
        foreach (var q in Partants.Concat(Professionnels))
        {
            json.WriteStartObject();
            json.WriteString("id", q.Id);
            json.WriteString("label", q.Label);
            json.WriteString("type", q.Type);
            json.WriteStartObject("options");
            foreach (var (code, label) in q.Options) json.WriteString(code, label);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
