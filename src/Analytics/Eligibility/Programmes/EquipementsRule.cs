using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// ANCV « Aide aux équipements touristiques à vocation sociale » (003_ca2202353c143c2a.txt, Équipements, 1.–5.):
/// 100 000–2 000 000 € of eligible expenses, conventioned manager, neither a new activity nor mere compliance, no ANCV
/// aid less than 5 years before; 15 % capped at 120 000 € plus two 5 % bonuses capped at 40 000 €, total ≤ 25 % and
/// 200 000 € (I-47). An exclusion flag left empty is read as not set.
/// </summary>
internal sealed class EquipementsRule
{
    public EquipementsRule(RuleBook book) => Segments = new Segments<EquipementsParameters>(book.Get("ancv.equipements"), (p, d) => new EquipementsParameters(p, d));

    public Segments<EquipementsParameters> Segments { get; }

    public Outcome Evaluate(EquipmentRequest request, EquipementsParameters p, Trace? trace)
    {
        var failures = Reason.None;
        var investment = request.InvestmentEur;
        var inBounds = investment >= p.InvestmentMin && investment <= p.InvestmentMax;
        trace?.Add($"investissement {French.Eur(investment)} {(inBounds ? "dans" : "hors de")} l'intervalle {French.Eur(p.InvestmentMin)}–{French.Eur(p.InvestmentMax)} (I-47)");
        if (!inBounds) failures |= Reason.InvestissementHorsBornes;
        if (request.ManagerConventioned != true)
        {
            trace?.Add("gestionnaire non conventionné Chèque-Vacances");
            failures |= Reason.GestionnaireNonConventionne;
        }
        if (request.NewActivity == true)
        {
            trace?.Add("création d'une nouvelle activité d'hébergement (exclue, 3.2)");
            failures |= Reason.NouvelleActivite;
        }
        if (request.ComplianceOnly == true)
        {
            trace?.Add("simple mise aux normes (exclue, 3.2)");
            failures |= Reason.MiseAuxNormes;
        }
        if (request.LastAidDate is { } last && last.AddYears(p.YearsBetweenAids) > request.RequestDate)
        {
            trace?.Add($"dernière aide le {last:dd/MM/yyyy}, moins de {p.YearsBetweenAids} ans avant la demande (I-47)");
            failures |= Reason.AideRecente;
        }
        if (failures != Reason.None) return Outcome.No(failures);
        var reasons = Reason.None;
        var amount = Math.Min(p.BaseRate * investment, p.BaseCap);
        if (p.BaseRate * investment > p.BaseCap) reasons |= Reason.PlafondApplique;
        var bonus = Math.Min(p.BonusRate * investment, p.BonusCap);
        if (request.AccessibilityBonus == true) amount += bonus;
        if (request.EnvironmentBonus == true) amount += bonus;
        var total = Math.Min(amount, Math.Min(p.TotalRate * investment, p.TotalCap));
        trace?.Add($"subvention = min({French.Percent(p.BaseRate)}, {French.Eur(p.BaseCap)}){(request.AccessibilityBonus == true ? " + majoration accessibilité" : "")}{(request.EnvironmentBonus == true ? " + majoration environnement" : "")} = {French.Eur(Money.Round(total))} (plafond {French.Percent(p.TotalRate)} et {French.Eur(p.TotalCap)}, I-47)");
        return Outcome.Aid(total, reasons, Reason.CoutNul);
    }
}
