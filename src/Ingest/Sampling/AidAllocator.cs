using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// Recorded grants of a dossier (DESIGN §3.3): a share of its cost split between the funders of the programmes its
/// dispositif draws on (operation.yaml), person by person for the person-level programmes. Their sum never exceeds the
/// dossier's cost (each amount is rounded down to the cent), so the beneficiary always pays a share.
/// </summary>
internal sealed class AidAllocator(SampleProfile profile, AidModel model)
{
    private readonly HashSet<string> _funders = profile.Config.Funders.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _mecenes = profile.Mecenes;

    public IReadOnlyList<RecordedAid> Allocate(Random random, GeneratedDossier generated)
    {
        var dossier = generated.Dossier;
        if (!random.Chance(model.Recorded)) return [];
        var code = CanonicalCodes.Dispositif.ToCode(dossier.Dispositif);
        if (!profile.Config.DispositifProgrammes.TryGetValue(code, out var programmes)) return [];

        var chosen = new List<(string Programme, string Funder, string Prefix, double Weight)>();
        foreach (var programme in programmes)
        {
            var prefix = programme[..programme.IndexOf('.', StringComparison.Ordinal)];
            if (!model.Funders.TryGetValue(prefix, out var funding) || !random.Chance(funding.Chance)) continue;
            if (prefix.StartsWith("caf", StringComparison.Ordinal) && dossier.CafAllocataire != true) continue;
            var funder = prefix switch
            {
                "commune" => "commune:" + dossier.CommuneInsee,
                "mecene" => _mecenes.Count > 0 ? random.Pick(_mecenes) : "",
                _ => prefix,
            };
            if (_funders.Contains(funder)) chosen.Add((programme, funder, prefix, funding.Weight));
        }
        if (chosen.Count == 0) return [];

        var budget = (double)dossier.TotalCostEur * random.Uniform(model.FundedShare.Low, model.FundedShare.High);
        var weights = chosen.Sum(c => c.Weight);
        var aids = new List<RecordedAid>();
        foreach (var (programme, funder, prefix, weight) in chosen)
        {
            var amount = budget * weight / weights;
            if (model.PerPersonCeiling.TryGetValue(programme, out var ceiling))
                amount = Math.Min(amount, ceiling * generated.Participants.Count);
            var cents = (long)Math.Floor(amount * 100);
            if (cents <= 0) continue;
            if (model.PersonLevelPrefixes.Contains(prefix)) PerPerson(generated, programme, funder, cents, aids);
            else aids.Add(new RecordedAid(dossier.DossierId, null, programme, funder, cents / 100m));
        }
        return aids;
    }

    /// <summary>Equal shares in cents, the remaining cents going to the first participants.</summary>
    private static void PerPerson(GeneratedDossier generated, string programme, string funder, long cents, List<RecordedAid> aids)
    {
        var people = generated.Participants;
        var share = cents / people.Count;
        var extra = cents % people.Count;
        for (var i = 0; i < people.Count; i++)
        {
            var amount = share + (i < extra ? 1 : 0);
            if (amount > 0) aids.Add(new RecordedAid(generated.Dossier.DossierId, people[i].ParticipantId, programme, funder, amount / 100m));
        }
    }
}
