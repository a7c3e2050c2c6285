namespace Vacances.Analytics.Flows;

/// <summary>
/// The eligibility decisions kept for the dossiers being reconstructed, laid out contiguously per dossier slot in one
/// flat array. Refilled for each part of the operation (<see cref="Eligibility.EligibilityEngine.DecideInParts"/>), so
/// it holds one part's decisions, not the operation's. The engine writes each dossier's rows together: they are then
/// grouped already and not copied; otherwise (rows read back from a file in another order) they are grouped by a
/// counting sort that keeps each dossier's rows in their order.
/// </summary>
internal sealed class DecisionTable
{
    private readonly int[] _offset;
    private readonly int[] _count;
    private readonly List<int> _touched = [];
    private readonly List<int> _slotOfRow = [];
    private Decision[] _rows = new Decision[1024];
    private Decision[] _grouped = [];
    private bool _contiguous = true;
    private int _kept;
    private int _last = -1;

    public DecisionTable(int slots)
    {
        _offset = new int[slots];
        _count = new int[slots];
    }

    /// <summary>Forgets the decisions kept so far.</summary>
    public void Clear()
    {
        foreach (var slot in _touched) _count[slot] = 0;
        _touched.Clear();
        _slotOfRow.Clear();
        (_kept, _last, _contiguous) = (0, -1, true);
    }

    /// <summary>Keeps a decision for the dossier at <paramref name="slot"/>.</summary>
    public void Add(int slot, in Decision decision)
    {
        if (slot != _last)
        {
            if (_count[slot] > 0) _contiguous = false;
            else
            {
                _offset[slot] = _kept;
                _touched.Add(slot);
            }
            _last = slot;
        }
        _count[slot]++;
        if (_kept == _rows.Length) Array.Resize(ref _rows, _kept * 2);
        _rows[_kept++] = decision;
        _slotOfRow.Add(slot);
    }

    /// <summary>Groups the decisions per slot once all are added (a no-op when each slot's rows came together).</summary>
    public void Seal()
    {
        if (_contiguous) return;
        var next = 0;
        foreach (var slot in _touched)
        {
            _offset[slot] = next;
            next += _count[slot];
        }
        if (_grouped.Length < _kept) _grouped = new Decision[_rows.Length];
        var fill = new int[_offset.Length];
        for (var i = 0; i < _kept; i++)
        {
            var slot = _slotOfRow[i];
            _grouped[_offset[slot] + fill[slot]++] = _rows[i];
        }
        (_rows, _grouped) = (_grouped, _rows);
        _contiguous = true;
    }

    /// <summary>The decisions kept for <paramref name="slot"/>, in the order they were added.</summary>
    public ArraySegment<Decision> Of(int slot) => new(_rows, _count[slot] == 0 ? 0 : _offset[slot], _count[slot]);
}
