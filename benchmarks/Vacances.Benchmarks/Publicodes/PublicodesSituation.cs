using System.Globalization;
using Vacances.Ingest.Model;

namespace Vacances.Benchmarks.Publicodes;

/// <summary>
/// One participant flattened into the inputs of <c>benchmarks/publicodes/regles.publicodes.yaml</c>: the
/// dossier-level facts the rules read (I-03 nights, I-04 share of the cost, I-12 whose resources, I-02 ages,
/// I-06 half parts rounded up) computed here, so that Publicodes applies only the thresholds, tables and rates.
/// </summary>
public static class PublicodesSituation
{
    public const string Header =
        "participant_id;nuitees;part du cout;handicap dans dossier;autre financeur sollicite;accompagnateur salarie;" +
        "accompagnateur benevole;proche aidant;qf connu;qf;rfr connu;rfr;demi parts;rni connu;rni;couple connu;couple;" +
        "age;taille du groupe;jeunes 18 25 du groupe;age maximal du groupe;statut 1825;debut apres fevrier 2026";

    private static readonly DateOnly Depart1825From = new(2026, 2, 1);

    public static string Line(Dossier d, IReadOnlyList<Participant> group, Participant p)
    {
        var ages = group.Select(x => x.AgeOn(d.StartDate) ?? 0).ToArray();
        var share = d.TotalCostEur / group.Count;
        var rfr = p.RfrEur ?? d.RfrEur;
        var parts = p.TaxParts ?? d.TaxParts;
        var halfParts = parts is { } t ? (int)Math.Ceiling(t * 2) : 0;
        string B(bool b) => b ? "true" : "false";
        string N(decimal v) => v.ToString(CultureInfo.InvariantCulture);
        return string.Join(';',
            p.ParticipantId, d.Nights, N(share), B(group.Any(x => x.Handicap == true)), B(d.OtherFunderRequested == true),
            B(p.Role == ParticipantRole.CompanionSalaried), B(p.Role == ParticipantRole.CompanionVolunteer),
            B(p.Statuses.HasFlag(ParticipantStatuses.ProcheAidant)),
            B(d.QfEur is not null), N(d.QfEur ?? 0), B(rfr is not null && parts is not null), N(rfr ?? 0), halfParts,
            B(d.RniEur is not null && parts is not null), N(d.RniEur ?? 0), B(d.Couple is not null), B(d.Couple == true),
            p.AgeOn(d.StartDate) ?? 0, group.Count, ages.Count(a => a is >= 18 and <= 25), ages.Max(),
            B(p.Statuses != ParticipantStatuses.None), B(d.StartDate >= Depart1825From));
    }
}
