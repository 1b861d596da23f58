using System.Runtime.CompilerServices;

namespace ProfileGen.Model.Related;

/// <summary>
/// The words of a text, lowercased into a caller's buffer without allocating: runs of
/// <see cref="TextTokenizer.MinWordLength"/> to <see cref="TextTokenizer.MaxWordLength"/> letters,
/// each with a hash of its lowercase form for <see cref="WordCache"/>.
/// </summary>
internal ref struct WordEnumerator(ReadOnlySpan<char> text, Span<char> buffer)
{
    private readonly ReadOnlySpan<char> _text = text;
    private readonly Span<char> _buffer = buffer;
    private int _at;

    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>FNV-1a of <see cref="Current"/>.</summary>
    public uint CurrentHash { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MoveNext()
    {
        var text = _text;
        var i = _at;
        while (i < text.Length)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsLetter(text[i])) i++;
            var length = i - start;
            if (length is < TextTokenizer.MinWordLength or > TextTokenizer.MaxWordLength) continue;
            var word = _buffer[..length];
            var hash = 2166136261u;
            for (var c = 0; c < length; c++)
            {
                var ch = text[start + c];
                ch = ch < 128 ? (char)(ch | 0x20) : char.ToLowerInvariant(ch);
                word[c] = ch;
                hash = (hash ^ ch) * 16777619u;
            }
            Current = word;
            CurrentHash = hash;
            _at = i;
            return true;
        }
        _at = i;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') < 26 : char.IsLetter(c);
}
