using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// The operation's professionals: one per commune first, the others spread like the dossiers; their monthly hours from
/// February to June, scaled so that the season means match the profile (seed 001, « Créer les conditions favorables à
/// l'engagement professionnel »: 61 h of direct accompaniment and 109 h of total involvement per professional).
/// Kept in memory (a few per hundred dossiers): dossiers draw their referent from it, the survey its respondents.
/// </summary>
internal sealed class ProfessionalRoster
{
    /// <summary>Share of the season's hours falling in each month, February to June (the work peaks before departures).</summary>
    private static readonly double[] MonthShares = [0.12, 0.17, 0.20, 0.24, 0.27];

    private readonly Dictionary<string, List<int>> _referentsByCommune = [];
    private readonly List<int> _referents = [];

    private ProfessionalRoster(IReadOnlyList<SampleProfessional> professionals, int year)
    {
        Professionals = professionals;
        Year = year;
        for (var i = 0; i < professionals.Count; i++)
        {
            if (!professionals[i].Role.Accompanies) continue;
            _referents.Add(i);
            if (!_referentsByCommune.TryGetValue(professionals[i].CommuneInsee, out var list)) _referentsByCommune[professionals[i].CommuneInsee] = list = [];
            list.Add(i);
        }
        if (_referents.Count == 0) _referents.AddRange(Enumerable.Range(0, professionals.Count));
    }

    public IReadOnlyList<SampleProfessional> Professionals { get; }

    public int Year { get; }

    public static ProfessionalRoster Create(Random random, SampleProfile profile, long dossiers)
    {
        var count = (int)Math.Max(1, Math.Round(dossiers * profile.ProfessionalsPerDossier));
        var roles = new Weighted<ProfessionalRole>(ProfessionalRole.All.Select(r => (r, r.Share)));
        var communes = profile.Communes.Values;
        var raw = new (ProfessionalRole Role, string Commune, double Direct, double Indirect)[count];
        for (var i = 0; i < count; i++)
        {
            var role = roles.Draw(random);
            var commune = count >= 2 * communes.Count && i < communes.Count ? communes[i] : profile.Communes.Draw(random);
            var direct = role.DirectFactor * random.Triangular(0.3, 0.9, 2.2);
            raw[i] = (role, commune, direct, direct * (role.TotalRatio - 1) * random.Uniform(0.8, 1.2));
        }
        var directScale = profile.MeanSeasonHours.Direct / raw.Average(r => r.Direct);
        var indirectScale = (profile.MeanSeasonHours.Total - profile.MeanSeasonHours.Direct) / raw.Average(r => r.Indirect);
        var professionals = new SampleProfessional[count];
        var width = Math.Max(4, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < count; i++)
        {
            var direct = Split(random, raw[i].Direct * directScale);
            var indirect = Split(random, raw[i].Indirect * indirectScale);
            professionals[i] = new SampleProfessional(SampleIds.Format("PRO", i + 1, width),
                raw[i].Role, raw[i].Commune, direct, direct.Zip(indirect, (d, x) => d + x).ToArray());
        }
        return new ProfessionalRoster(professionals, profile.Config.Year);
    }

    /// <summary>A professional who accompanies partants in that commune, or anywhere when the commune has none.</summary>
    public string ReferentFor(Random random, string commune) =>
        Professionals[random.Pick(_referentsByCommune.TryGetValue(commune, out var local) ? local : _referents)].ProId;

    /// <summary>The rows of <c>professionals.csv</c>, professional by professional, month by month.</summary>
    public IEnumerable<ProfessionalMonth> Months()
    {
        foreach (var p in Professionals)
            for (var m = 0; m < MonthShares.Length; m++)
                yield return new ProfessionalMonth(p.ProId, p.CommuneInsee, p.Role.Code, new DateOnly(Year, 2 + m, 1), p.Direct[m], p.Total[m]);
    }

    /// <summary>Season hours spread over the months with some irregularity, in half hours.</summary>
    private static decimal[] Split(Random random, double season)
    {
        var weights = MonthShares.Select(s => s * random.Uniform(0.8, 1.2)).ToArray();
        var sum = weights.Sum();
        return weights.Select(w => Math.Round((decimal)(season * w / sum) * 2, MidpointRounding.AwayFromZero) / 2).ToArray();
    }
}
