using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests;

/// <summary>Builds small hand-computed operations for the flows, indicators and quality tests.</summary>
internal sealed class OperationBuilder
{
    private readonly List<Dossier> _dossiers = [];
    private readonly List<Participant> _participants = [];
    private readonly List<RecordedAid> _aids = [];
    private readonly List<ProfessionalMonth> _pros = [];
    private readonly List<EligibilityResult> _results = [];

    public OperationConfig Config { get; set; } = new()
    {
        Id = "test-2026",
        Name = "Opération de test",
        Year = 2026,
        DispositifProgrammes = new Dictionary<string, IReadOnlyList<string>>
        {
            ["individuel"] = ["ancv.apv", "caf35.avf", "commune.aide_locale"],
            ["sac_ados"] = ["ancv.depart1825", "caf35.avf"],
        },
        StackingOrder = ["caf35", "ancv", "commune:"],
        Funders = [new FunderInfo("ancv", "ANCV", "national"), new FunderInfo("commune:62065", "Ville d'Avion", "commune")],
    };

    public OperationBuilder Dossier(string id, decimal cost = 1000m, string commune = "62065",
        Dispositif dispositif = Dispositif.Individuel, string start = "2026-07-04", int nights = 7,
        Func<Dossier, Dossier>? with = null)
    {
        var first = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var dossier = new Dossier
        {
            DossierId = id, Operation = "test-2026", CommuneInsee = commune, Dispositif = dispositif,
            StartDate = first, EndDate = first.AddDays(nights), LodgingEur = cost,
        };
        _dossiers.Add(with is null ? dossier : with(dossier));
        return this;
    }

    public OperationBuilder Participant(string id, string dossier, int? age = 40, ParticipantRole role = ParticipantRole.Adult,
        Pcs? pcs = null, bool? firstDeparture = null, Func<Participant, Participant>? with = null)
    {
        var p = new Participant
        {
            ParticipantId = id, DossierId = dossier, DeclaredAge = age, Role = role, Pcs = pcs, FirstDeparture = firstDeparture,
        };
        _participants.Add(with is null ? p : with(p));
        return this;
    }

    public OperationBuilder Aid(string dossier, string programme, string funder, decimal amount, string? participant = null)
    {
        _aids.Add(new RecordedAid(dossier, participant, programme, funder, amount));
        return this;
    }

    public OperationBuilder Pro(string proId, string role, string month, decimal direct, decimal total, string commune = "62065")
    {
        _pros.Add(new ProfessionalMonth(proId, commune, role, DateOnly.Parse(month + "-01", System.Globalization.CultureInfo.InvariantCulture), direct, total));
        return this;
    }

    public OperationBuilder Result(string dossier, string programme, decimal aid, string participant = "", bool eligible = true,
        params string[] reasons)
    {
        _results.Add(new EligibilityResult(dossier, participant, programme, eligible, eligible ? aid : 0m, reasons, ""));
        return this;
    }

    public IReadOnlyList<EligibilityResult> Results => _results;

    public OperationData Build() => new()
    {
        Config = Config, Dossiers = _dossiers, Participants = _participants, Aids = _aids, Professionals = _pros,
    };
}
