using System.Diagnostics;
using System.Globalization;

namespace Vacances.Benchmarks.Reports;

/// <summary>
/// CPU time (user + system) used so far by this process and every process below it — Playwright's Node driver and
/// Chromium's browser, renderer and utility processes —, read from Linux's <c>/proc/&lt;pid&gt;/stat</c>: a live
/// process's own time plus what its already-reaped children used (<c>cutime</c>, <c>cstime</c>). On a machine
/// shared with other builds, CPU time moves far less than wall time, so it is the fairer before/after measure.
/// </summary>
public static class ProcessTreeCpu
{
    /// <summary>Linux's USER_HZ: the unit of the times in <c>/proc/&lt;pid&gt;/stat</c>.</summary>
    private const double TicksPerSecond = 100;

    public static double Seconds()
    {
        var self = Environment.ProcessId;
        var stats = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == self) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after the command name (which may hold spaces) start at field 3 (state).
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                            + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
                stats[pid] = (parent, ticks);
            }
            catch (IOException)
            {
                // The process ended while we read: its time is now in its parent's cutime.
            }
        }
        var total = 0L;
        foreach (var (pid, stat) in stats)
            if (DescendsFrom(pid, self, stats)) total += stat.Ticks;
        return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds + total / TicksPerSecond;
    }

    private static bool DescendsFrom(int pid, int ancestor, Dictionary<int, (int Parent, long Ticks)> stats)
    {
        for (var depth = 0; depth < 64 && stats.TryGetValue(pid, out var stat); depth++)
        {
            if (stat.Parent == ancestor) return true;
            pid = stat.Parent;
        }
        return false;
    }
}
