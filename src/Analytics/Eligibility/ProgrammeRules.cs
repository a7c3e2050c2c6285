using Vacances.Analytics.Eligibility.Programmes;
using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility;

/// <summary>Every programme's rule with its parameters compiled per segment of its periods, built once from a rule book.</summary>
internal sealed class ProgrammeRules(RuleBook book)
{
    public RuleBook Book { get; } = book;
    public ApvRule Apv { get; } = new(book);
    public BsvRule Bsv { get; } = new(book);
    public Depart1825Rule Depart1825 { get; } = new(book);
    public SeniorsRule Seniors { get; } = new(book);
    public CvPerimesRule CvPerimes { get; } = new(book);
    public EquipementsRule Equipements { get; } = new(book);
    public PratiqueSportiveRule PratiqueSportive { get; } = new(book);
    public ApvAppuiRule ApvAppui { get; } = new(book);
    public AvfRule Avf { get; } = new(book);
    public AatRule Aat { get; } = new(book);
    public AvsRule Avs { get; } = new(book);
    public AveRule Ave { get; } = new(book);
}
