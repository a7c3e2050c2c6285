using System.Text;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Tabular;

namespace Vacances.Ingest.Tests.Tabular;

public sealed class CsvTabularReaderTests
{
    private static List<(long Line, string[] Fields)> ReadAll(string path)
    {
        using var reader = CsvTabularReader.Open(path, "f.csv");
        var rows = new List<(long, string[])>();
        while (reader.Read())
            rows.Add((reader.Line, Enumerable.Range(0, reader.RowFieldCount).Select(i => reader.Field(i).ToString()).ToArray()));
        return rows;
    }

    [Fact]
    public void Read_GivesPhysicalLines_WhenAQuotedFieldSpansSeveralLines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("f.csv", "a;b\r\n1;\"x\r\ny\"\r\n2;z\r\n3;w");

        var rows = ReadAll(path);

        Assert.Equal([2L, 4L, 5L], rows.Select(r => r.Line));
        Assert.Equal("x\r\ny", rows[0].Fields[1]);
    }

    [Fact]
    public void Read_CountsBlankLines_WhenTheFileHasThem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("f.csv", "a;b\n1;x\n\n2;y\n");

        var rows = ReadAll(path);

        Assert.Equal(2, rows.Count);
        Assert.Equal("2", rows[^1].Fields[0]);
        Assert.Equal(4L, rows[^1].Line);
    }

    [Theory]
    [InlineData("a,b\n1,\"2,5\"\n", ',')]
    [InlineData("a;b\n1;2,5\n", ';')]
    public void Open_DetectsTheSeparator_WhenCommaOrSemicolon(string content, char separator)
    {
        using var folder = new TempFolder();
        var path = folder.Write("f.csv", content);

        Assert.Equal(separator, TextSniffer.Sniff(path, "f.csv").Separator);
        Assert.Equal(["1", "2,5"], ReadAll(path)[0].Fields);
    }

    [Fact]
    public void Open_DecodesWindows1252_WhenTheFileIsNotUtf8()
    {
        using var folder = new TempFolder();
        var path = folder.Write("f.csv", "commune;nom\n62065;Méricourt à l'été\n", TextSniffer.Windows1252);

        Assert.Equal("Méricourt à l'été", ReadAll(path)[0].Fields[1]);
    }

    [Fact]
    public void Open_DecodesUtf8AndDropsTheBom_WhenTheFileStartsWithOne()
    {
        using var folder = new TempFolder();
        var path = folder.Write("f.csv", "commune;nom\n62065;Méricourt\n", new UTF8Encoding(true));

        using var reader = CsvTabularReader.Open(path, "f.csv");
        Assert.Equal("commune", reader.Headers[0]);
        Assert.True(reader.Read());
        Assert.Equal("Méricourt", reader.Field(1).ToString());
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 5, 6 })]
    public void Open_RefusesTheFile_WhenItIsNotText(byte[] content)
    {
        using var folder = new TempFolder();
        var path = folder.Write("f.csv", content);

        var error = Assert.Throws<InvalidInputException>(() => CsvTabularReader.Open(path, "f.csv"));
        Assert.Contains("pas un fichier texte", error.Message);
    }

    [Fact]
    public void Open_RefusesTheFile_WhenItIsEmpty()
    {
        using var folder = new TempFolder();
        var path = folder.Write("f.csv", "");

        var error = Assert.Throws<InvalidInputException>(() => CsvTabularReader.Open(path, "f.csv"));
        Assert.Contains("en-tête", error.Message);
    }
}
