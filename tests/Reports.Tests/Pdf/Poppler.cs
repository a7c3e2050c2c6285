using System.Diagnostics;

namespace Vacances.Reports.Tests.Pdf;

/// <summary>Runs a poppler-utils tool (Debian <c>poppler-utils</c>) and returns its standard output.</summary>
internal static class Poppler
{
    public static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException(tool + " n'a pas démarré");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, tool + " a échoué : " + process.StandardError.ReadToEnd());
        return output;
    }

    public static int Pages(string pdf)
    {
        var line = Run("pdfinfo", pdf).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim());
    }
}
