using System.Collections;
using ProfileGen.Diagnostics;

namespace ProfileGen.Content;

/// <summary>
/// Where each front-matter field was written, in the order written. A profile has a few dozen
/// fields, so a short array searched in order; and it is our own code, where a
/// <c>Dictionary&lt;string, SourcePosition&gt;</c> is framework code over one of our structs that no
/// ReadyToRun image holds: every build compiled it again and ran it unoptimized, for 10,000 profiles.
/// </summary>
public sealed class FieldPositions : IReadOnlyDictionary<string, SourcePosition>
{
    private string[] _names;
    private SourcePosition[] _at;
    private int _count;

    public FieldPositions(int capacity = 16)
    {
        _names = new string[Math.Max(capacity, 1)];
        _at = new SourcePosition[_names.Length];
    }

    /// <summary>Records where <paramref name="name"/> was written; a field written twice keeps the later place.</summary>
    public void Set(string name, SourcePosition at)
    {
        var index = IndexOf(name);
        if (index >= 0) _at[index] = at;
        else Append(name, at);
    }

    /// <summary>Records a field known not to be recorded yet (read back from the parse cache, which kept them distinct).</summary>
    internal void Append(string name, SourcePosition at)
    {
        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _at, _count * 2);
        }
        _names[_count] = name;
        _at[_count++] = at;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _count; i++)
            if (string.Equals(_names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }

    public bool TryGetValue(string key, out SourcePosition value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _at[index] : default;
        return index >= 0;
    }

    public SourcePosition this[string key] => TryGetValue(key, out var at) ? at : throw new KeyNotFoundException($"no field '{key}'");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public int Count => _count;

    public IEnumerable<string> Keys => _names.Take(_count);

    public IEnumerable<SourcePosition> Values => _at.Take(_count);

    public IEnumerator<KeyValuePair<string, SourcePosition>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return new KeyValuePair<string, SourcePosition>(_names[i], _at[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
