using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Tests.Rules;

public class ParameterLoaderTests
{
    private const string Valid = """
        programme: test.prog
        label: Programme de test
        territory: { departements: ["35"] }
        periods:
          - { start: 2026-01-01, end: 2026-12-31, year: 2026, source: "seed, 4." }
        parameters:
          rate:
            description: Taux
            values:
              - { from: 2026-01-01, value: 0.5, source: "seed, 3. Aide" }
              - { from: 2026-07-01, value: 0.6, source: "seed, avenant" }
          table:
            description: Tableau
            values:
              - from: 2026-01-01
                source: "seed, tableau"
                rows:
                  - { parts: 1, amount: 100 }
          codes:
            description: Codes
            values:
              - { from: 2026-01-01, to: 2026-06-30, source: "seed, liste", codes: [a, b] }
        """;

    private static ParameterFileException Refused(string yaml) =>
        Assert.Throws<ParameterFileException>(() => ParameterLoader.Parse(yaml, "test.yaml"));

    [Fact]
    public void Parse_ReadsEveryPart_WhenFileIsValid()
    {
        var p = ParameterLoader.Parse(Valid, "test.yaml");
        Assert.Equal("test.prog", p.Id);
        Assert.Equal(["35"], p.TerritoryDepartements);
        Assert.Equal(2026, Assert.Single(p.Periods).Year);
        Assert.Equal(0.5m, p.Number("rate", new DateOnly(2026, 6, 30)));
        Assert.Equal(0.6m, p.Number("rate", new DateOnly(2026, 7, 1)));
        Assert.Equal("seed, avenant", p.Source("rate", new DateOnly(2026, 12, 31)));
        Assert.Equal("100", Assert.Single(p.Rows("table", new DateOnly(2026, 3, 1)))["amount"]);
        Assert.Equal(["a", "b"], p.Codes("codes", new DateOnly(2026, 6, 30)));
    }

    [Fact]
    public void Number_Throws_WhenNoValueInForce()
    {
        var p = ParameterLoader.Parse(Valid, "test.yaml");
        Assert.Throws<ParameterFileException>(() => p.Number("rate", new DateOnly(2025, 12, 31)));
        Assert.Throws<ParameterFileException>(() => p.Codes("codes", new DateOnly(2026, 7, 1)));
        Assert.Throws<ParameterFileException>(() => p.Number("missing", new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void Breakpoints_ListTheDaysValuesChange_WithinAPeriod()
    {
        var p = ParameterLoader.Parse(Valid, "test.yaml");
        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 7, 1)], p.Breakpoints(p.Periods[0]));
    }

    [Fact]
    public void Parse_Refuses_WhenTwoValuesHaveTheSameDate()
    {
        var e = Refused(Valid.Replace("from: 2026-07-01", "from: 2026-01-01"));
        Assert.Contains("deux valeurs", e.Message);
    }

    [Fact]
    public void Parse_Refuses_WhenValuesAreNotInDateOrder()
    {
        Assert.Contains("rangées par date", Refused(Valid.Replace("from: 2026-07-01", "from: 2025-07-01")).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenADateDoesNotExist()
    {
        Assert.Contains("date", Refused(Valid.Replace("from: 2026-07-01", "from: 2026-02-30")).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenADateIsNotIso()
    {
        Assert.Contains("date", Refused(Valid.Replace("from: 2026-07-01", "from: 01/07/2026")).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenAParameterIsDefinedTwice()
    {
        var yaml = Valid + "\n  rate:\n    description: encore\n    values:\n      - { from: 2026-01-01, value: 1, source: s }\n";
        Assert.Contains("test.yaml", Refused(yaml).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenSourceIsMissing()
    {
        Refused(Valid.Replace(", source: \"seed, 3. Aide\"", ""));
    }

    [Fact]
    public void Parse_Refuses_WhenAKeyIsUnknown()
    {
        Assert.Contains("clé inconnue", Refused(Valid.Replace("description: Taux", "descripton: Taux")).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenAValueIsNotANumber()
    {
        Assert.Contains("ni un nombre", Refused(Valid.Replace("value: 0.5", "value: moitié")).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenATableCellIsNotANumber()
    {
        Assert.Contains("n'est pas un nombre", Refused(Valid.Replace("amount: 100", "amount: cent")).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenAValueHasTwoKinds()
    {
        Assert.Contains("exactement un", Refused(Valid.Replace("value: 0.5,", "value: 0.5, codes: [x],")).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenAnEndPrecedesItsStart()
    {
        Refused(Valid.Replace("to: 2026-06-30", "to: 2025-06-30"));
    }

    [Fact]
    public void Parse_Refuses_WhenAValueEndsAfterTheNextStarts()
    {
        var yaml = Valid.Replace("- { from: 2026-01-01, value: 0.5,", "- { from: 2026-01-01, to: 2026-08-01, value: 0.5,");
        Assert.Contains("se termine après", Refused(yaml).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenPeriodsOverlap()
    {
        var yaml = Valid.Replace(
            "  - { start: 2026-01-01, end: 2026-12-31, year: 2026, source: \"seed, 4.\" }",
            "  - { start: 2026-01-01, end: 2026-12-31, year: 2026, source: \"seed, 4.\" }\n  - { start: 2026-12-01, end: 2027-12-31, year: 2027, source: s }");
        Assert.Contains("chevauche", Refused(yaml).Message);
    }

    [Fact]
    public void Parse_Refuses_WhenAPeriodEndsBeforeItStarts()
    {
        Refused(Valid.Replace("end: 2026-12-31", "end: 2025-12-31"));
    }

    [Fact]
    public void Parse_Refuses_WhenTheYamlIsBroken()
    {
        Assert.Contains("YAML invalide", Refused("programme: [unclosed").Message);
    }

    [Fact]
    public void RuleBook_Refuses_WhenAProgrammeIsDefinedTwice()
    {
        var p = ParameterLoader.Parse(Valid, "test.yaml");
        Assert.Throws<ParameterFileException>(() => new RuleBook([p, p]));
    }
}
