using System.Text;
using Vacances.Analytics.Verbatims;
using Vacances.Ingest.Errors;

namespace Vacances.Analytics.Tests.Verbatims;

public class VerbatimCsvTests
{
    private static MemoryStream Bytes(string content, Encoding encoding) => new(encoding.GetBytes(content));

    [Fact]
    public void Read_ReadsSemicolonUtf8WithBomAndQuotedFields_WhenHeaderCaseDiffers()
    {
        var content = "\uFEFFID;Text;age\nr1;\"Très bien ; vraiment\";42\nr2;\"Il a dit \"\"merci\"\"\";\n";

        var answers = VerbatimCsv.Read(Bytes(content, new UTF8Encoding(false)), "r.csv");

        Assert.Equal([new VerbatimAnswer("r1", "Très bien ; vraiment"), new VerbatimAnswer("r2", "Il a dit \"merci\"")], answers);
    }

    [Fact]
    public void Read_DetectsCommaAndWindows1252_WhenFileComesFromExcel()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var content = "id,text\nr1,Séjour à la mer\n";

        var answers = VerbatimCsv.Read(Bytes(content, Encoding.GetEncoding(1252)), "r.csv");

        Assert.Equal("Séjour à la mer", answers.Single().Text);
    }

    [Fact]
    public void Read_ThrowsNamingColumn_WhenTextColumnMissing()
    {
        var error = Assert.Throws<InvalidInputException>(() => VerbatimCsv.Read(Bytes("id;reponse\n1;x\n", Encoding.UTF8), "r.csv"));

        Assert.Equal("text", error.Column);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_ThrowsNamingLine_WhenIdRepeated()
    {
        var error = Assert.Throws<InvalidInputException>(() => VerbatimCsv.Read(Bytes("id;text\n1;a\n1;b\n", Encoding.UTF8), "r.csv"));

        Assert.Equal(3, error.Line);
        Assert.Equal("id", error.Column);
    }

    [Fact]
    public void Write_WritesHeaderQuotedIdsAndInvariantConfidence_ForClassifiedAnswers()
    {
        var output = new StringWriter();

        VerbatimCsv.Write(output, [new ClassifiedVerbatim("a;1", "t", "autre", 0.87654f), new ClassifiedVerbatim("b", "t", "reengagement", 1f)]);

        Assert.Equal("id;register;confidence\n\"a;1\";autre;0.877\nb;reengagement;1.000\n", output.ToString());
    }
}
