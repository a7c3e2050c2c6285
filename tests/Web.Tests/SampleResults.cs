using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Web.Data;
using Vacances.Web.Sql;

namespace Vacances.Web.Tests;

/// <summary>A small published operation: two communes, flows of three funders, 40 survey answers.</summary>
public static class SampleResults
{
    public const string OperationId = "essai-2026";

    public static OperationResults Build()
    {
        IndicatorDefinition Def(string id, string label, string unit) =>
            new(id, label, "departs", "n", null, 1, unit, ["commune", "dispositif", "mois"], ["dossiers.dossier_id"], "DESIGN §5");
        IndicatorValue V(string id, string dim, string cat, decimal n, bool suppressed = false) =>
            new(id, dim, cat, n, null, suppressed ? null : n, suppressed);
        var staff = new[]
        {
            V("departs.dossiers", "total", "", 120), V("departs.personnes", "total", "", 310),
            V("departs.dossiers", "mois", "2026-05", 50), V("departs.dossiers", "mois", "2026-07", 70),
            V("departs.personnes", "commune", "62065", 302), V("departs.personnes", "commune", "62570", 8),
            V("departs.personnes", "dispositif", "individuel", 250), V("departs.personnes", "dispositif", "bsv", 60),
        };
        var publicValues = staff.Select(v => v.Category == "62570" ? v with { Value = null, Suppressed = true } : v).ToArray();
        var flows = new[]
        {
            new AidFlow("ancv", "ancv.apv", "62065", "individuel", 12_000m, false),
            new AidFlow("ancv", "ancv.bsv", "62570", "bsv", 3_000m, true),
            new AidFlow("caf62", "caf62.vacaf", "62065", "individuel", 8_500m, false),
            new AidFlow("commune:62065", "commune.aide_locale", "62065", "individuel", 1_000m, false),
        };
        var partants = new ResearcherView("reponses_partants",
            ["response_id", "groupe_communes", "dispositif", "decouverte_droits_vacances"],
            Enumerable.Range(1, 40).Select(i => new string?[]
            {
                $"r{i:000}", i % 3 == 0 ? "autres" : "avion", i % 4 == 0 ? "bsv" : "individuel", i % 5 == 0 ? null : i % 2 == 0 ? "oui" : "non",
            }).ToArray());
        var pros = new ResearcherView("reponses_professionnels", ["response_id", "pratiques_evoluees"],
            Enumerable.Range(1, 10).Select(i => new string?[] { $"p{i:00}", i % 5 == 0 ? "non" : "oui" }).ToArray());
        return new OperationResults(OperationId, "Opération d'essai 2026",
            [Def("departs.dossiers", "Dossiers partis", "nombre"), Def("departs.personnes", "Personnes parties", "nombre")],
            staff, publicValues, flows, partants, pros,
            [new MarginRow("dispositif", "individuel", 250), new MarginRow("dispositif", "bsv", 60)]);
    }
}
