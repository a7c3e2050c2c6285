namespace Vacances.Analytics.Eligibility;

/// <summary>Programme ids as written in results and parameter files (<c>ancv.apv</c>, <c>caf35.avf</c>…).</summary>
internal static class ProgrammeNames
{
    private static readonly string[] Ids =
    [
        "ancv.apv", "ancv.bsv", "ancv.depart1825", "ancv.seniors", "ancv.cv_perimes", "ancv.equipements",
        "ancv.pratique_sportive", "ancv.apv_appui", "caf35.avf", "caf35.aat", "caf35.avs", "caf35.ave",
    ];

    public static string Id(Programme programme) => Ids[(int)programme];

    /// <summary>Every programme id, in <see cref="Programme"/> order.</summary>
    public static IReadOnlyList<string> All => Ids;
}
