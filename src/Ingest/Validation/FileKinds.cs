namespace Vacances.Ingest.Validation;

/// <summary>Recognises a canonical file by its name (any case; <c>.csv</c>, <c>.xlsx</c> or <c>.xls</c> for the tables).</summary>
public static class FileKinds
{
    private static readonly (string Stem, FileKind Kind)[] Stems =
    [
        ("dossiers", FileKind.Dossiers),
        ("participants", FileKind.Participants),
        ("aids", FileKind.Aids),
        ("cv_requests", FileKind.CvRequests),
        ("equipment_requests", FileKind.EquipmentRequests),
        ("professionals", FileKind.Professionals),
        ("partants", FileKind.SurveyPartants),
        ("professionnels", FileKind.SurveyProfessionnels),
    ];

    /// <summary>The kind of <paramref name="path"/>, or null when its name is not a canonical one.</summary>
    public static FileKind? Recognise(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name is "operation.yaml" or "operation.yml") return FileKind.Operation;
        if (name == "codebook.json") return FileKind.SurveyCodebook;
        var extension = Path.GetExtension(name);
        if (extension is not (".csv" or ".txt" or ".xlsx" or ".xlsm" or ".xls")) return null;
        var stem = Path.GetFileNameWithoutExtension(name);
        foreach (var (s, kind) in Stems)
            if (stem == s) return kind;
        // Dated or prefixed exports (« 2026_dossiers.csv ») : the longest canonical stem the name contains.
        return Stems.Where(s => stem.Contains(s.Stem, StringComparison.Ordinal))
            .OrderByDescending(s => s.Stem.Length).Select(s => (FileKind?)s.Kind).FirstOrDefault();
    }

    /// <summary>The canonical file name of <paramref name="kind"/>.</summary>
    public static string CanonicalName(FileKind kind) => kind switch
    {
        FileKind.Operation => "operation.yaml",
        FileKind.SurveyCodebook => "survey/codebook.json",
        FileKind.SurveyPartants => "survey/partants.csv",
        FileKind.SurveyProfessionnels => "survey/professionnels.csv",
        _ => Stems.First(s => s.Kind == kind).Stem + ".csv",
    };
}
