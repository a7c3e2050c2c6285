using Vacances.Reports.Catalogue;
using Vacances.Reports.Tests.Fixtures;

namespace Vacances.Reports.Tests.Catalogue;

public class CategoryLabelsTests
{
    private static readonly CategoryLabels Labels = new(SampleBilanInput.Create());

    [Theory]
    [InlineData("commune", "62065", "Avion")]
    [InlineData("dispositif", "sejour_commun", "Séjour commun")]
    [InlineData("mois", "2026-08", "août 2026")]
    [InlineData("pcs", "employe", "Employés")]
    [InlineData("tranche_qf", "qf_451_700", "QF de 451 à 700\u00A0€")]
    [InlineData("tranche_qf", "qf_plus_1200", "QF au-delà de 1\u202F200\u00A0€")]
    [InlineData("household_type", "famille_monoparentale", "Famille monoparentale")]
    [InlineData("registre", "reengagement", "Réengagement dans le projet vacances")]
    public void Category_GivesFrenchLabel_ForKnownAndUnknownCodes(string dimension, string code, string expected) =>
        Assert.Equal(expected, Labels.Category(dimension, code));

    [Fact]
    public void Programme_BuildsLabelFromFunderName_WhenEligibilitySummaryLacksIt()
    {
        Assert.Equal("CA de Lens-Liévin — Fonds vacances", Labels.Programme("call.fonds_vacances"));
        Assert.Equal("ANCV — Aide aux projets vacances", Labels.Programme("ancv.apv"));
    }
}
