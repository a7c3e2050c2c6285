using System.Text;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// Collects the French explanation of one row. The hot path passes a null trace: calls written
/// <c>trace?.Add($"…")</c> then neither format nor allocate.
/// </summary>
internal sealed class Trace
{
    private readonly StringBuilder _text = new();

    public void Add(string sentence)
    {
        if (_text.Length > 0) _text.Append(" ; ");
        _text.Append(sentence);
    }

    /// <summary>Returns the explanation so far and starts a new one.</summary>
    public string Take()
    {
        var text = _text.ToString();
        _text.Clear();
        return text;
    }
}
