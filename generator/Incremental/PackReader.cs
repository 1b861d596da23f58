using System.Buffers.Binary;
using System.Text;

namespace ProfileGen.Incremental;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote, straight from bytes already in memory: no stream between, strings decoded from the bytes in one call, and byte runs
/// handed out as slices rather than copies. BinaryReader's own ReadString copied a long string
/// through a StringBuilder 128 characters at a time; a profile's plain text is thousands, and reading
/// them was most of reading the parse cache. Past the end it throws <see cref="EndOfStreamException"/>,
/// and a value that cannot be what was written throws <see cref="FormatException"/>.
/// </summary>
public sealed class PackReader(ReadOnlyMemory<byte> bytes)
{
    private int _at;

    /// <summary>Where the next read starts, from the start of the bytes.</summary>
    public int Position
    {
        get => _at;
        set => _at = value >= 0 && value <= bytes.Length ? value : throw new EndOfStreamException("a position past the end of the pack");
    }

    /// <summary>The next <paramref name="count"/> bytes as a slice, not a copy: the pack is never changed, and lives as long as what is read from it.</summary>
    public ReadOnlyMemory<byte> ReadMemory(int count)
    {
        if (count < 0 || count > bytes.Length - _at) throw new EndOfStreamException("bytes run past the end of their entry");
        var slice = bytes.Slice(_at, count);
        _at += count;
        return slice;
    }

    private ReadOnlySpan<byte> Take(int count) => ReadMemory(count).Span;

    /// <summary>How many bytes are left after <see cref="Position"/>.</summary>
    public int Remaining => bytes.Length - _at;

    /// <summary>The next <paramref name="count"/> 32-bit ints as BinaryWriter writes them (little-endian), copied at once.</summary>
    public int[] ReadInt32s(int count)
    {
        if (count < 0 || count > Remaining / sizeof(int)) throw new EndOfStreamException("numbers run past the end of the pack");
        var values = new int[count];
        var source = Take(count * sizeof(int));
        if (BitConverter.IsLittleEndian) source.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        else for (var i = 0; i < count; i++) values[i] = BinaryPrimitives.ReadInt32LittleEndian(source[(i * sizeof(int))..]);
        return values;
    }

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public Hash128 ReadHash()
    {
        var low = ReadUInt64();
        return new Hash128(low, ReadUInt64());
    }

    /// <summary>BinaryWriter's layout: the four 32-bit parts of <see cref="decimal.GetBits(decimal)"/>.</summary>
    public decimal ReadDecimal()
    {
        Span<int> parts = [ReadInt32(), ReadInt32(), ReadInt32(), ReadInt32()];
        try
        {
            return new decimal(parts);
        }
        catch (ArgumentException)
        {
            throw new FormatException("not a decimal number");
        }
    }

    public int Read7BitEncodedInt()
    {
        var value = Read7BitEncodedInt64();
        return value is >= 0 and <= int.MaxValue ? (int)value : throw new FormatException("a length out of range");
    }

    public long Read7BitEncodedInt64()
    {
        ulong value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return (long)value;
        }
        throw new FormatException("a number longer than ten bytes");
    }

    public string ReadString() => Encoding.UTF8.GetString(Take(Read7BitEncodedInt()));

    /// <summary>
    /// A short string many entries repeat (a field name, a category, a tag, an education level): the same
    /// instance every time this thread reads it, decoded without making a new string once it is known.
    /// 10,000 profiles name a few dozen categories and fields 200,000 times.
    /// </summary>
    public string ReadSharedString()
    {
        var bytes = Take(Read7BitEncodedInt());
        if (bytes.Length > MaxSharedLength) return Encoding.UTF8.GetString(bytes);
        Span<char> chars = stackalloc char[MaxSharedLength]; // UTF-8 never has fewer bytes than UTF-16 has characters
        var text = chars[..Encoding.UTF8.GetChars(bytes, chars)];
        var shared = _shared ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known)) return known;
        var made = new string(text);
        if (shared.Count < MaxShared) shared[made] = made;
        return made;
    }

    private const int MaxSharedLength = 128, MaxShared = 8192;

    [ThreadStatic] private static Dictionary<string, string>? _shared;
}
