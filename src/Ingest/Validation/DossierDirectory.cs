using System.Collections.Concurrent;

namespace Vacances.Ingest.Validation;

/// <summary>
/// The dossiers participants and aids are checked against (DESIGN §10: a participant or an aid must name an
/// accepted dossier; a participant's age is computed on the stay's first day): id → start date, shared by the
/// readers of one operation.
/// <para>
/// So that <c>dossiers.csv</c> can be read at the same time as the files that depend on it (issues 2 and 9: the
/// dossier file read alone left a core idle), the directory knows whether a dossier file is being read
/// (<see cref="Expect"/> … <see cref="Complete"/>). While one is, the dossier reader publishes the fate of each id
/// on its first occurrence in the file (<see cref="Accept"/> or <see cref="Reject"/>; a later occurrence is a
/// duplicate, quarantined, and changes nothing), and a lookup of an id the file has not decided yet waits until the
/// reader has published more or has finished. A lookup therefore answers exactly what it would have answered after
/// the whole dossier file had been read first: an id accepted by the file, with the file's start date; an id
/// rejected by the file, or never in it, with what was known before the file (the store, earlier files) or unknown.
/// Generated files list participants and aids in dossier order, so the dependent readers simply trail the dossier
/// reader and seldom wait.
/// </para>
/// All members are thread-safe, the indexer (dossiers known beforehand) and <see cref="Expect"/> coming before the
/// dependent readers start. A lookup the file has already decided takes no lock (the directory is a concurrent
/// dictionary); only a lookup that must wait does.
/// </summary>
public sealed class DossierDirectory
{
    /// <summary>Dossier rows the reader publishes before waking a waiting lookup (a waiting reader sleeps for a batch).</summary>
    private const long WakeBatch = 256;

    /// <summary>Longest sleep of a waiting lookup before it looks again (a safety net: the reader wakes it sooner).</summary>
    private const int MaxWaitMilliseconds = 100;

    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private volatile bool _reading;
    private volatile int _generation;
    private long _published;
    private long _wakeAt = long.MaxValue;

    /// <summary>An empty directory.</summary>
    public DossierDirectory() => _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Registers (or replaces) a dossier known before the files being read: from the store, or a finished file.</summary>
    public DateOnly this[string id]
    {
        set => _entries[id] = new Entry(value, 0, true);
    }

    /// <summary>Number of dossiers known.</summary>
    public int Count => _entries.Values.Count(e => e.Known);

    /// <summary>
    /// Announces that a dossier file is about to be read: lookups of ids it has not decided yet wait from now on
    /// until it has (or until <see cref="Complete"/>). Called before starting the readers that depend on it; the
    /// dossier reader calls it itself when nobody did. Does nothing when a file is already announced.
    /// </summary>
    public void Expect()
    {
        lock (_gate)
        {
            if (_reading) return;
            _generation++;
            _reading = true;
        }
    }

    /// <summary>The dossier file being read accepted <paramref name="id"/> (its first occurrence) starting on <paramref name="start"/>.</summary>
    public void Accept(string id, DateOnly start)
    {
        _entries[id] = new Entry(start, _generation, true);
        Published();
    }

    /// <summary>
    /// The dossier file being read quarantined the first occurrence of <paramref name="id"/>: a dossier known before
    /// keeps its start date, now decided for this file; otherwise the id is recorded as decided and unknown.
    /// </summary>
    public void Reject(string id)
    {
        if (_reading)
        {
            var generation = _generation;
            _entries.AddOrUpdate(id, static (_, g) => new Entry(default, g, false),
                static (_, before, g) => before with { Generation = g }, generation);
        }
        Published();
    }

    /// <summary>The dossier file has been read (or its reading failed): every waiting lookup gets its final answer.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _reading = false;
            Volatile.Write(ref _wakeAt, long.MaxValue);
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>True when <paramref name="id"/> is a known dossier (waiting while the dossier file has not decided it).</summary>
    public bool ContainsKey(string id) => TryFind(id, out _, out _);

    /// <summary>The start date of dossier <paramref name="id"/> (waiting while the dossier file has not decided it).</summary>
    public bool TryGetValue(string id, out DateOnly start) => TryFind(id, out _, out start);

    /// <summary>
    /// Looks up the dossier whose id is <paramref name="id"/>: when known, its id as the directory holds it (so that
    /// millions of rows share one string per dossier) and its start date. While a dossier file is being read and has
    /// not decided this id yet, waits until it has or until it ends.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> id, out string known, out DateOnly start)
    {
        if (TryDecided(id, out var found, out known, out start)) return found;
        lock (_gate)
        {
            while (true)
            {
                // Ask to be woken once the reader has published a batch more, then look again (the reader may have
                // decided this id meanwhile): the exchange orders the request before the second look.
                var target = Volatile.Read(ref _published) + WakeBatch;
                if (target < Volatile.Read(ref _wakeAt)) Interlocked.Exchange(ref _wakeAt, target);
                if (TryDecided(id, out found, out known, out start)) return found;
                Monitor.Wait(_gate, MaxWaitMilliseconds);
            }
        }
    }

    /// <summary>
    /// The answer for <paramref name="id"/> when it is final (no dossier file being read, or the one being read has
    /// decided the id); false when the lookup must wait.
    /// </summary>
    private bool TryDecided(ReadOnlySpan<char> id, out bool found, out string known, out DateOnly start)
    {
        var reading = _reading;
        var present = _bySpan.TryGetValue(id, out var key, out var entry);
        if (reading && !(present && entry.Generation == _generation))
        {
            (found, known, start) = (false, "", default);
            return false;
        }
        found = present && entry.Known;
        known = found ? key! : "";
        start = found ? entry.Start : default;
        return true;
    }

    /// <summary>Counts one more decided row and wakes the waiting lookups once a batch has been published.</summary>
    private void Published()
    {
        if (Interlocked.Increment(ref _published) < Volatile.Read(ref _wakeAt)) return;
        lock (_gate)
        {
            Volatile.Write(ref _wakeAt, long.MaxValue);
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// A dossier's start date, the dossier file that decided it (0: known before the files being read) and whether it
    /// is an accepted dossier (false: an id the file quarantined and that nothing before it knew).
    /// </summary>
    private readonly record struct Entry(DateOnly Start, int Generation, bool Known);
}
