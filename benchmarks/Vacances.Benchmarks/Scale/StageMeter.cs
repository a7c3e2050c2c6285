using System.Diagnostics;
using System.Globalization;

namespace Vacances.Benchmarks.Scale;

/// <summary>
/// Times the stages of one run and, for each, what the garbage collector saw (bytes allocated, collections of each
/// generation, pause time): the cheap profile that says where a stage's time goes (allocation or computation).
/// </summary>
public sealed class StageMeter
{
    private readonly Stopwatch _clock = new();
    private long _allocated;
    private int _gen0, _gen1, _gen2;
    private TimeSpan _paused;

    /// <summary>Sum of the stage times measured so far.</summary>
    public TimeSpan Total { get; private set; }

    /// <summary>Starts timing a stage.</summary>
    public void Start()
    {
        _allocated = GC.GetTotalAllocatedBytes(precise: false);
        (_gen0, _gen1, _gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        _paused = GC.GetTotalPauseDuration();
        _clock.Restart();
    }

    /// <summary>Ends the stage, prints its line (with the rate of <paramref name="rows"/> counted in <paramref name="unit"/>) and returns its time.</summary>
    public TimeSpan Stop(string stage, long? rows, string unit = "lignes")
    {
        var elapsed = _clock.Elapsed;
        Total += elapsed;
        var allocated = (GC.GetTotalAllocatedBytes(precise: false) - _allocated) / (1024.0 * 1024 * 1024);
        var rate = rows is { } n ? string.Create(CultureInfo.InvariantCulture, $" ({n / elapsed.TotalSeconds:0} {unit}/s, {n} {unit})") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage}: {elapsed.TotalSeconds:0.00} s{rate}; alloué {allocated:0.00} Gio, GC {GC.CollectionCount(0) - _gen0}/{GC.CollectionCount(1) - _gen1}/{GC.CollectionCount(2) - _gen2} (gen0/1/2), pauses {(GC.GetTotalPauseDuration() - _paused).TotalSeconds:0.00} s; tas vivant après {LiveGiB():0.00} Gio"));
        return elapsed;
    }

    /// <summary>
    /// What the stage's results keep alive: the heap after a full blocking collection, taken once the stage's time is
    /// measured (the collection itself is not timed), so garbage not yet collected is not counted.
    /// </summary>
    private static double LiveGiB() => GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024 * 1024);

    /// <summary>The process's resident-set high-water mark, in GiB (Linux <c>VmHWM</c>; the working-set peak elsewhere).</summary>
    public static double PeakGiB()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
            foreach (var line in File.ReadLines(status))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / (1024.0 * 1024);
        return Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024 * 1024);
    }

    /// <summary>
    /// Resets the resident-set high-water mark (Linux: <c>5</c> into <c>/proc/self/clear_refs</c>) so that the peak
    /// measured next belongs to the stages that follow, not to DuckDB's run in the same process. False when unsupported.
    /// </summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
