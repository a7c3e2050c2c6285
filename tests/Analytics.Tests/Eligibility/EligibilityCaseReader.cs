using System.Globalization;
using Vacances.Ingest.Model;
using YamlDotNet.RepresentationModel;

namespace Vacances.Analytics.Tests.Eligibility;

/// <summary>
/// Reads the OpenFisca-style case files of <c>Cases/</c>: a file has a <c>period</c>, <c>defaults</c> (dossier,
/// participants, cv_request, equipment_request) and <c>cases</c>; a case overrides the default dossier fields
/// (<c>dossier</c>), replaces the participants, or lists several <c>dossiers</c> (id, dossier, participants), and
/// gives <c>expect</c> (<c>programme[@[dossier/]participant]: amount | false | absent</c>) and optional <c>reasons</c>.
/// Field names are the canonical column names of DESIGN §3.
/// </summary>
public static class EligibilityCaseReader
{
    private static readonly HashSet<string> DossierLevel = ["caf35.avf", "caf35.aat", "caf35.avs"];
    private static readonly HashSet<string> RequestLevel = ["ancv.cv_perimes", "ancv.equipements"];

    public static IEnumerable<EligibilityCase> ReadFile(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var file = Path.GetFileName(path);
        var period = Scalar(Map(root), "period") ?? throw new InvalidDataException($"{file} : période manquante");
        var defaults = Map(root.Children.TryGetValue(new YamlScalarNode("defaults"), out var d) ? d : new YamlMappingNode());
        foreach (var item in (YamlSequenceNode)root.Children[new YamlScalarNode("cases")])
            yield return ReadCase(file, period, defaults, Map(item));
    }

    private static EligibilityCase ReadCase(string file, string period, Dictionary<string, YamlNode> defaults, Dictionary<string, YamlNode> c)
    {
        var name = Scalar(c, "name")!;
        var dossiers = new List<Dossier>();
        var participants = new List<Participant>();
        if (c.TryGetValue("dossiers", out var many))
        {
            foreach (var node in (YamlSequenceNode)many)
            {
                var entry = Map(node);
                AddDossier(Scalar(entry, "id")!, defaults, entry, dossiers, participants);
            }
        }
        else if (defaults.ContainsKey("dossier") || c.ContainsKey("dossier"))
        {
            AddDossier("D1", defaults, c, dossiers, participants);
        }
        var cv = Request(defaults, c, "cv_request", ToCvRequest);
        var equipment = Request(defaults, c, "equipment_request", ToEquipmentRequest);
        var data = new OperationData
        {
            Config = new OperationConfig { Id = "cas", Name = "Cas de test", Year = int.Parse(period[..4], CultureInfo.InvariantCulture) },
            Dossiers = dossiers,
            Participants = participants,
            CvRequests = cv,
            EquipmentRequests = equipment,
        };
        var firstDossier = dossiers.Count > 0 ? dossiers[0].DossierId : "";
        var firstParticipant = participants.FirstOrDefault(p => p.DossierId == firstDossier)?.ParticipantId ?? "";
        var firstRequest = cv.Count > 0 ? cv[0].RequestId : equipment.Count > 0 ? equipment[0].RequestId : "";
        var reasons = c.TryGetValue("reasons", out var r) ? Map(r) : [];
        var expectations = new List<CaseExpectation>();
        foreach (var (key, value) in Map(c["expect"]))
        {
            var (programme, dossier, participant) = ParseKey(key, firstDossier, firstParticipant, firstRequest);
            var text = ((YamlScalarNode)value).Value!;
            var codes = reasons.TryGetValue(key, out var list) ? ((YamlSequenceNode)list).Select(n => ((YamlScalarNode)n).Value!).ToList() : [];
            expectations.Add(text switch
            {
                "absent" => new CaseExpectation(programme, dossier, participant, true, false, null, codes),
                "false" => new CaseExpectation(programme, dossier, participant, false, false, 0m, codes),
                _ => new CaseExpectation(programme, dossier, participant, false, true, decimal.Parse(text, CultureInfo.InvariantCulture), codes),
            });
        }
        return new EligibilityCase(file, name, Scalar(c, "source") ?? throw new InvalidDataException($"{file}:{name} sans source"), data, expectations);
    }

    private static (string Programme, string Dossier, string Participant) ParseKey(string key, string firstDossier, string firstParticipant, string firstRequest)
    {
        var at = key.IndexOf('@');
        var programme = at < 0 ? key : key[..at];
        var target = at < 0 ? null : key[(at + 1)..];
        if (RequestLevel.Contains(programme)) return (programme, target ?? firstRequest, "");
        if (DossierLevel.Contains(programme)) return (programme, target ?? firstDossier, "");
        if (target is null) return (programme, firstDossier, firstParticipant);
        var slash = target.IndexOf('/');
        return slash < 0 ? (programme, firstDossier, target) : (programme, target[..slash], target[(slash + 1)..]);
    }

    private static void AddDossier(string id, Dictionary<string, YamlNode> defaults, Dictionary<string, YamlNode> entry, List<Dossier> dossiers, List<Participant> participants)
    {
        var fields = Merge(defaults, entry, "dossier");
        var dossier = ToDossier(id, fields);
        dossiers.Add(dossier);
        var people = entry.TryGetValue("participants", out var own) ? own : defaults.GetValueOrDefault("participants");
        if (people is not YamlSequenceNode list) return;
        var n = 0;
        foreach (var node in list)
        {
            n++;
            participants.Add(ToParticipant(id, $"P{n}", Map(node)));
        }
    }

    private static IReadOnlyList<T> Request<T>(Dictionary<string, YamlNode> defaults, Dictionary<string, YamlNode> c, string key, Func<Dictionary<string, YamlNode>, T> build) =>
        c.ContainsKey(key) ? [build(Merge(defaults, c, key))] : [];

    private static Dictionary<string, YamlNode> Merge(Dictionary<string, YamlNode> defaults, Dictionary<string, YamlNode> entry, string key)
    {
        var merged = defaults.TryGetValue(key, out var d) ? new Dictionary<string, YamlNode>(Map(d)) : [];
        if (entry.TryGetValue(key, out var o))
            foreach (var (k, v) in Map(o)) merged[k] = v;
        return merged;
    }

    private static Dossier ToDossier(string id, Dictionary<string, YamlNode> f) => new()
    {
        DossierId = id,
        Operation = "cas",
        CommuneInsee = Scalar(f, "commune_insee")!,
        Dispositif = Scalar(f, "dispositif") is { } disp && CanonicalCodes.Dispositif.TryParse(disp, out var dv) ? dv : Dispositif.Individuel,
        StartDate = Date(f, "start_date")!.Value,
        EndDate = Date(f, "end_date")!.Value,
        DestinationInsee = Scalar(f, "destination_insee"),
        DistanceKm = Number(f, "distance_km"),
        DuringSchoolHolidays = Bool(f, "during_school_holidays"),
        Board = Scalar(f, "board") is { } b && CanonicalCodes.Board.TryParse(b, out var bv) ? bv : null,
        LodgingEur = Number(f, "lodging_eur") ?? 0,
        MealsEur = Number(f, "meals_eur") ?? 0,
        TouristTaxEur = Number(f, "tourist_tax_eur") ?? 0,
        TransportEur = Number(f, "transport_eur") ?? 0,
        ActivitiesEur = Number(f, "activities_eur") ?? 0,
        ExtrasEur = Number(f, "extras_eur") ?? 0,
        PublicPriceEur = Number(f, "public_price_eur"),
        Offer = Scalar(f, "offer") is { } o && CanonicalCodes.SeniorsOffer.TryParse(o, out var ov) ? ov : null,
        SingleRoom = Bool(f, "single_room"),
        SocialSupport = Bool(f, "social_support"),
        ConventionedStructure = Bool(f, "conventioned_structure"),
        OtherFunderRequested = Bool(f, "other_funder_requested"),
        HouseholdId = Scalar(f, "household_id"),
        QfEur = Number(f, "qf_eur"),
        RfrEur = Number(f, "rfr_eur"),
        TaxParts = Number(f, "tax_parts"),
        RniEur = Number(f, "rni_eur"),
        Couple = Bool(f, "couple"),
        CafAllocataire = Bool(f, "caf_allocataire"),
        DependentChildren = (int?)Number(f, "dependent_children"),
        Aeeh = Bool(f, "aeeh"),
        LastAvfYear = (int?)Number(f, "last_avf_year"),
    };

    private static Participant ToParticipant(string dossierId, string defaultId, Dictionary<string, YamlNode> f)
    {
        var statuses = ParticipantStatuses.None;
        if (f.TryGetValue("statuses", out var s))
            foreach (var code in ((YamlSequenceNode)s).Select(n => ((YamlScalarNode)n).Value!))
                statuses |= CanonicalCodes.Status.TryParse(code, out var st) ? st : throw new InvalidDataException($"statut {code}");
        return new Participant
        {
            ParticipantId = Scalar(f, "id") ?? defaultId,
            DossierId = dossierId,
            BirthDate = Date(f, "birth_date"),
            DeclaredAge = (int?)Number(f, "age"),
            Role = CanonicalCodes.Role.TryParse(Scalar(f, "role")!, out var role) ? role : throw new InvalidDataException("rôle"),
            Handicap = Bool(f, "handicap"),
            Ald30 = Bool(f, "ald30"),
            Gir = (int?)Number(f, "gir"),
            RetiredOrInactive = Bool(f, "retired_or_inactive"),
            Statuses = statuses,
            Aeeh = Bool(f, "aeeh"),
            RfrEur = Number(f, "rfr_eur"),
            TaxParts = Number(f, "tax_parts"),
        };
    }

    private static CvRequest ToCvRequest(Dictionary<string, YamlNode> f) => new()
    {
        RequestId = Scalar(f, "request_id")!,
        RequestDate = Date(f, "request_date")!.Value,
        AmountEur = Number(f, "amount_eur")!.Value,
        IssueYear = (int)Number(f, "issue_year")!.Value,
        Reason = Scalar(f, "reason") is { } r && CanonicalCodes.CvReason.TryParse(r, out var rv) ? rv : null,
        QfEur = Number(f, "qf_eur"),
        RfrEur = Number(f, "rfr_eur"),
        TaxParts = Number(f, "tax_parts"),
        ProcheAidant = Bool(f, "proche_aidant"),
    };

    private static EquipmentRequest ToEquipmentRequest(Dictionary<string, YamlNode> f) => new()
    {
        RequestId = Scalar(f, "request_id")!,
        RequestDate = Date(f, "request_date")!.Value,
        InvestmentEur = Number(f, "investment_eur")!.Value,
        AccessibilityBonus = Bool(f, "accessibility_bonus"),
        EnvironmentBonus = Bool(f, "environment_bonus"),
        ManagerConventioned = Bool(f, "manager_conventioned"),
        NewActivity = Bool(f, "new_activity"),
        ComplianceOnly = Bool(f, "compliance_only"),
        LastAidDate = Date(f, "last_aid_date"),
    };

    private static Dictionary<string, YamlNode> Map(YamlNode node) =>
        ((YamlMappingNode)node).Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => kv.Value);

    private static string? Scalar(Dictionary<string, YamlNode> f, string key) =>
        f.TryGetValue(key, out var n) && n is YamlScalarNode { Value: { } v } s
        && !(s.Style == YamlDotNet.Core.ScalarStyle.Plain && v is "" or "null" or "~") ? v : null;

    private static decimal? Number(Dictionary<string, YamlNode> f, string key) =>
        Scalar(f, key) is { } v ? decimal.Parse(v, CultureInfo.InvariantCulture) : null;

    private static bool? Bool(Dictionary<string, YamlNode> f, string key) =>
        Scalar(f, key) is { } v ? bool.Parse(v) : null;

    private static DateOnly? Date(Dictionary<string, YamlNode> f, string key) =>
        Scalar(f, key) is { } v ? DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
