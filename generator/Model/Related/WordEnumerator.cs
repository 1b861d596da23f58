using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ProfileGen.Model.Related;

/// <summary>
/// The words of a text, lowercased into a caller's buffer without allocating: runs of
/// <see cref="TextTokenizer.MinWordLength"/> to <see cref="TextTokenizer.MaxWordLength"/> letters,
/// each with a hash for <see cref="WordCache"/>. ASCII, most of any English text, takes a table
/// lookup per character; other letters go through <see cref="char.IsLetter(char)"/>.
/// </summary>
internal ref struct WordEnumerator(ReadOnlySpan<char> text, Span<char> buffer)
{
    private readonly ReadOnlySpan<char> _text = text;
    private readonly Span<char> _buffer = buffer;
    private int _at;

    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>A hash of <see cref="Current"/>, from its length and its first and last four characters.</summary>
    public uint CurrentHash { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        var text = _text;
        var buffer = _buffer;
        var lower = AsciiLower;
        var i = _at;
        while (i < text.Length)
        {
            var length = 0;
            while (i < text.Length)
            {
                var c = text[i];
                char l;
                if (c < 128)
                {
                    l = (char)lower[c];
                    if (l == 0) break;
                }
                else if (char.IsLetter(c)) l = char.ToLowerInvariant(c);
                else break;
                if (length < buffer.Length) buffer[length] = l;
                length++;
                i++;
            }
            if (length == 0)
            {
                i++;
                continue;
            }
            if (length is < TextTokenizer.MinWordLength or > TextTokenizer.MaxWordLength) continue;
            var word = buffer[..length];
            Current = word;
            CurrentHash = Hash(word);
            _at = i;
            return true;
        }
        _at = i;
        return false;
    }

    /// <summary>For each ASCII character, its lowercase form if it is a letter, else 0.</summary>
    private static ReadOnlySpan<byte> AsciiLower =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
    ];

    /// <summary>Mixes the length and the first and last four characters (overlapping for short words); equal words hash equal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> word)
    {
        ulong first, last;
        if (word.Length >= 4)
        {
            first = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word));
            last = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word[^4..]));
        }
        else
        {
            first = 0;
            foreach (var c in word) first = (first << 16) | c;
            last = first;
        }
        var h = first * 0x9E3779B97F4A7C15UL + BitOperations.RotateLeft(last * 0xC2B2AE3D27D4EB4FUL, 31) + (ulong)word.Length;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 29;
        return (uint)h;
    }
}
