using System.Text.Json;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Model;

namespace Vacances.Ingest.Loading;

/// <summary>
/// Reads <c>survey/codebook.json</c> (DESIGN §3.5): a list of questions (the root, or its <c>questions</c>
/// member), each with <c>id</c>, French <c>label</c>, <c>type</c> (<c>single</c>, <c>multi</c>, <c>likert5</c>,
/// <c>number</c>, <c>text</c>) and <c>options</c> (an object code → label, or an array of <c>{code, label}</c>).
/// </summary>
public static class CodebookReader
{
    private static readonly string[] Types = ["single", "multi", "likert5", "number", "text"];

    /// <summary>Reads the codebook; a malformed one refuses the survey (InvalidInputException).</summary>
    public static IReadOnlyList<SurveyQuestion> Read(string path, string displayName)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var list = root.ValueKind == JsonValueKind.Array ? root
                : root.TryGetProperty("questions", out var q) ? q
                : throw new InvalidInputException(displayName, null, "questions", "liste des questions absente : fichier refusé");
            var questions = new List<SurveyQuestion>();
            foreach (var item in list.EnumerateArray())
            {
                var id = Text(item, "id") ?? throw new InvalidInputException(displayName, null, "id", "question sans identifiant : fichier refusé");
                var type = (Text(item, "type") ?? "text").ToLowerInvariant();
                if (!Types.Contains(type))
                    throw new InvalidInputException(displayName, null, "type", $"type « {type} » inconnu pour la question « {id} » : fichier refusé");
                questions.Add(new SurveyQuestion(id, Text(item, "label") ?? id, type, Options(item)));
            }
            return questions;
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(displayName, e.LineNumber + 1, null, "JSON invalide : fichier refusé");
        }
        catch (InvalidOperationException)
        {
            throw new InvalidInputException(displayName, null, null, "structure du livre de codes inattendue : fichier refusé");
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private static IReadOnlyList<KeyValuePair<string, string>> Options(JsonElement item)
    {
        if (!item.TryGetProperty("options", out var options)) return [];
        return options.ValueKind switch
        {
            JsonValueKind.Object => options.EnumerateObject()
                .Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
                .ToArray(),
            JsonValueKind.Array => options.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.String
                    ? KeyValuePair.Create(o.GetString()!, o.GetString()!)
                    : KeyValuePair.Create(Text(o, "code") ?? "", Text(o, "label") ?? Text(o, "code") ?? ""))
                .ToArray(),
            _ => [],
        };
    }
}
