using Vacances.Ingest.Pseudonymisation;

namespace Vacances.Ingest.Tests.Pseudonymisation;

public sealed class PseudonymisationTests
{
    [Theory]
    [InlineData("nom")]
    [InlineData("NOM")]
    [InlineData("Prénom")]
    [InlineData("nom_naissance")]
    [InlineData("Nom de naissance")]
    [InlineData("ADRESSE")]
    [InlineData("E-mail")]
    [InlineData("Téléphone")]
    [InlineData("numéro_allocataire")]
    [InlineData("Numéro allocataire")]
    [InlineData("NIR")]
    public void IsDirectIdentifier_RecognisesTheColumn_InAnyCaseWithOrWithoutAccents(string header) =>
        Assert.True(DirectIdentifiers.IsDirectIdentifier(header));

    [Theory]
    [InlineData("dossier_id")]
    [InlineData("household_id")]
    [InlineData("commune_insee")]
    [InlineData("nombre")]
    public void IsDirectIdentifier_IgnoresOtherColumns(string header) => Assert.False(DirectIdentifiers.IsDirectIdentifier(header));

    [Fact]
    public void Pseudonym_IsStableAndKeyed_WhenTheSameValueComesAgain()
    {
        var a = new Pseudonymiser("première clé de seize octets"u8.ToArray());
        var b = new Pseudonymiser("seconde clé de seize octets!"u8.ToArray());

        Assert.Equal(a.Pseudonym("Dupont"), a.Pseudonym(" DUPONT "));
        Assert.NotEqual(a.Pseudonym("Dupont"), b.Pseudonym("Dupont"));
        Assert.NotEqual(a.Pseudonym("Dupont"), a.Pseudonym("Durand"));
        Assert.Matches("^ps_[0-9a-f]{32}$", a.Pseudonym("Dupont"));
    }

    [Fact]
    public void Resolve_CreatesAKeyFileWithAWarning_OnFirstUseOnly()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PseudonymKey.EnvironmentVariable)))
            Environment.SetEnvironmentVariable(PseudonymKey.EnvironmentVariable, null);
        using var folder = new TempFolder();
        var keyFile = Path.Combine(folder.Path, "config", "vacances", "pseudo.key");
        var firstWarnings = new StringWriter();
        var secondWarnings = new StringWriter();

        var first = PseudonymKey.Resolve(firstWarnings, keyFile);
        var second = PseudonymKey.Resolve(secondWarnings, keyFile);

        Assert.True(File.Exists(keyFile));
        Assert.Contains("clé de pseudonymisation créée", firstWarnings.ToString());
        Assert.Empty(secondWarnings.ToString());
        Assert.Equal(first.Pseudonym("Dupont"), second.Pseudonym("Dupont"));
    }
}
