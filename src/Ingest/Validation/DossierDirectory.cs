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
/// All members are thread-safe, except that the indexer (dossiers known beforehand) and <see cref="Expect"/> must
/// come before the dependent readers start; lookups do not lock while no dossier file is being read. A plain
/// dictionary under one lock rather than a concurrent dictionary: its entries are appended in order, where a
/// concurrent dictionary's nodes, hung at random in a bucket array, left the collector more cards to scan at each
/// young collection (1 000 000 dossiers: 58 generation-1 collections and 6,3 s of pauses against 49 and 5,2 s).
/// </summary>
public sealed class DossierDirectory
{
    /// <summary>Dossier rows the reader publishes before waking a waiting lookup (a waiting reader sleeps for a batch).</summary>
    private const long WakeBatch = 256;

    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);
    private volatile bool _reading;
    private int _generation;
    private long _published;
    private long _wakeAt = long.MaxValue;

    /// <summary>Registers (or replaces) a dossier known before the files being read: from the store, or a finished file.</summary>
    public DateOnly this[string id]
    {
        set
        {
            lock (_gate) _entries[id] = new Entry(value, 0);
        }
    }

    /// <summary>Number of dossiers known.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

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
            _rejected.Clear();
            _reading = true;
        }
    }

    /// <summary>The dossier file being read accepted <paramref name="id"/> (its first occurrence) starting on <paramref name="start"/>.</summary>
    public void Accept(string id, DateOnly start)
    {
        lock (_gate)
        {
            _entries[id] = new Entry(start, _generation);
            Published();
        }
    }

    /// <summary>The dossier file being read quarantined the first occurrence of <paramref name="id"/>.</summary>
    public void Reject(string id)
    {
        lock (_gate)
        {
            if (_reading) _rejected.Add(id);
            Published();
        }
    }

    /// <summary>The dossier file has been read (or its reading failed): every waiting lookup gets its final answer.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _reading = false;
            _rejected.Clear();
            _wakeAt = long.MaxValue;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Looks up the dossier whose id is <paramref name="id"/>: when known, its id as the directory holds it (so that
    /// millions of rows share one string per dossier) and its start date. While a dossier file is being read and has
    /// not decided this id yet, waits until it has or until it ends.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> id, out string known, out DateOnly start)
    {
        if (!_reading) return Settled(id, out known, out start);
        lock (_gate)
        {
            var entries = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
            while (true)
            {
                var found = entries.TryGetValue(id, out var key, out var entry);
                if (!_reading || (found && entry.Generation == _generation) || _rejected.GetAlternateLookup<ReadOnlySpan<char>>().Contains(id))
                    return Answer(found, key, entry, out known, out start);
                // Not decided yet by the file being read: sleep until the reader has published a batch more, or ends.
                var target = _published + WakeBatch;
                if (target < _wakeAt) _wakeAt = target;
                Monitor.Wait(_gate);
            }
        }
    }

    private bool Settled(ReadOnlySpan<char> id, out string known, out DateOnly start)
    {
        var found = _entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var key, out var entry);
        return Answer(found, key, entry, out known, out start);
    }

    private static bool Answer(bool found, string? key, Entry entry, out string known, out DateOnly start)
    {
        known = found ? key! : "";
        start = found ? entry.Start : default;
        return found;
    }

    /// <summary>Counts one more decided row and wakes the waiting lookups once a batch has been published.</summary>
    private void Published()
    {
        if (++_published < _wakeAt) return;
        _wakeAt = long.MaxValue;
        Monitor.PulseAll(_gate);
    }

    /// <summary>A dossier's start date and the dossier file that set it (0: known before the files being read).</summary>
    private readonly record struct Entry(DateOnly Start, int Generation);
}
