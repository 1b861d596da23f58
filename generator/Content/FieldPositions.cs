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
    /// <summary>Past this many fields (front matter nobody writes by hand), names are also found through a dictionary, so a hostile file costs linear time.</summary>
    private const int Searched = 32;

    private string[] _names;
    private SourcePosition[] _at;
    private int _count;
    private Dictionary<string, int>? _index;

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
        _at[_count] = at;
        if (_index is not null) _index.TryAdd(name, _count);
        else if (_count + 1 == Searched)
        {
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i <= _count; i++) _index.TryAdd(_names[i], i);
        }
        _count++;
    }

    private int IndexOf(string name)
    {
        if (_index is not null) return _index.TryGetValue(name, out var found) ? found : -1;
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
