using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>A mapping in the order it was written: a JSON object, a YAML mapping, or one CSV row keyed by the header.</summary>
public sealed record DataMap(IReadOnlyList<DataEntry> Entries, SourcePosition At) : DataNode(At)
{
    public override string Describe() => "a mapping";

    /// <summary>The value of a key, or null when the key is absent. A repeated key's last value counts, as in JavaScript.</summary>
    public DataNode? Get(string key)
    {
        for (var i = Entries.Count - 1; i >= 0; i--)
            if (Entries[i].Key == key) return Entries[i].Value;
        return null;
    }
}
