using System.Text;
using Vacances.Ingest.Tabular;

namespace Vacances.Ingest.Tests.Tabular;

/// <summary>The encoding decision over the whole file, read in blocks of 64 KiB.</summary>
public sealed class TextSnifferTests
{
    private const int Block = 64 * 1024;

    [Theory]
    [InlineData("€", 1)]
    [InlineData("€", 2)]
    [InlineData("🏖", 1)]
    [InlineData("🏖", 3)]
    [InlineData("é", 1)]
    public void Sniff_FindsUtf8_WhenAMultiByteCharacterStraddlesTwoBlocks(string character, int bytesBeforeTheBoundary)
    {
        using var folder = new TempFolder();
        var head = "a;b\n";
        var padding = new string('x', Block - bytesBeforeTheBoundary - head.Length);
        var path = folder.Write("f.csv", Encoding.UTF8.GetBytes(head + padding + character + ";y\n"));

        Assert.Equal(65001, TextSniffer.Sniff(path, "f.csv").Encoding.CodePage);
    }

    [Fact]
    public void Sniff_FindsWindows1252_WhenTheOnlyNonUtf8ByteLiesFarBeyondTheFirstBlock()
    {
        using var folder = new TempFolder();
        var path = folder.Write("f.csv", "a;b\n" + new string('x', 3 * Block) + ";Méricourt\n", TextSniffer.Windows1252);

        Assert.Equal(1252, TextSniffer.Sniff(path, "f.csv").Encoding.CodePage);
    }

    [Fact]
    public void Sniff_FindsWindows1252_WhenTheFileEndsInTheMiddleOfAUtf8Sequence()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("a;b\n" + new string('x', Block) + ";€");
        var path = folder.Write("f.csv", bytes[..^1]);

        Assert.Equal(1252, TextSniffer.Sniff(path, "f.csv").Encoding.CodePage);
    }
}
