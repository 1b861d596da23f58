using System.Text;

namespace ProfileGen.Incremental;

/// <summary>
/// A <see cref="BinaryReader"/> over bytes already in memory whose strings are decoded straight from
/// those bytes. BinaryReader's own ReadString copies a long string through a StringBuilder 128
/// characters at a time; a profile's plain text is thousands, and reading them was most of reading
/// the parse cache. The format is BinaryWriter's: a 7-bit encoded byte count, then UTF-8.
/// </summary>
public sealed class PackReader(byte[] bytes, int offset, int length) : BinaryReader(new MemoryStream(bytes, offset, length, writable: false), Encoding.UTF8)
{
    private readonly int _end = offset + length;

    /// <summary>The next <paramref name="count"/> bytes as a slice of the pack, not a copy: the pack is never changed, and lives as long as what is read from it.</summary>
    public ReadOnlyMemory<byte> ReadMemory(int count)
    {
        var at = offset + (int)BaseStream.Position;
        if (count < 0 || at + count > _end) throw new EndOfStreamException("bytes run past the end of their entry");
        BaseStream.Position += count;
        return bytes.AsMemory(at, count);
    }

    public override string ReadString() => Encoding.UTF8.GetString(ReadMemory(Read7BitEncodedInt()).Span);
}
