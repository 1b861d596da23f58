using System.Collections;

namespace ProfileGen.Incremental;

/// <summary>
/// A list as the parse cache wrote it, decoded when something first reads it. Key takeaways, common
/// names, sources, duties and body links are only ever shown on pages: a rebuild after one edit
/// renders a handful of the 10,000 careers, and decoding every career's lists was a third of reading
/// the cache (strings made from the bytes, in memory touched for the first time).
/// </summary>
internal sealed class PackedList<T>(ReadOnlyMemory<byte> bytes, Func<PackReader, T> readItem) : IReadOnlyList<T>
{
    private T[]? _items;

    // Two threads reading at once may both decode; they make equal lists, and either is kept.
    private T[] Items => _items ??= Decode();

    private T[] Decode()
    {
        var reader = new PackReader(bytes);
        var items = new T[reader.ReadInt32()];
        for (var i = 0; i < items.Length; i++) items[i] = readItem(reader);
        return items;
    }

    public T this[int index] => Items[index];

    public int Count => Items.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
