using System.Runtime.InteropServices;

namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>
/// Files shared between the in-process ledger and the jobs' folders without copying their bytes: at a national
/// scale an artefact is gigabytes (the merged eligibility of ten million dossiers is ≈ 7 GB) and every later step
/// of the run reads it. A hard link names the same content twice; the sharing is safe because neither side rewrites
/// a file in place — the ledger stores a new version under a new name, the jobs write new files (a step never
/// rewrites an artefact of an earlier step, <see cref="IPipelineSteps"/>).
/// </summary>
internal static class LocalFiles
{
    /// <summary>Makes <paramref name="destination"/> (new; its folder is created) name the content of <paramref name="source"/>: a hard link, or a copy where the file system cannot link.</summary>
    public static void LinkOrCopy(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination))!);
        if (!OperatingSystem.IsWindows() && link(source, destination) == 0) return;
        File.Copy(source, destination);
    }

    /// <summary>Streams <paramref name="content"/> into the new file <paramref name="destination"/> (its folder is created).</summary>
    public static void Write(Stream content, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination))!);
        using var file = new FileStream(destination, FileMode.CreateNew, FileAccess.Write);
        content.CopyTo(file);
    }

    // POSIX link(2): the file names are passed as UTF-8 on Unix.
    [DllImport("libc", SetLastError = true)]
    private static extern int link(string existing, string created);
}
