using System.Runtime.CompilerServices;

namespace ProfileGen.Model.Related;

/// <summary>
/// A career's terms for text similarity, counted once when its file is parsed: the stems of its
/// title, common names, summary and body, in the order they first occur there, each with its
/// count weighted by the field it was found in (<see cref="TextVectors"/>' field weights). Kept in
/// the parse cache with the profile, so a rebuild after one edit counts one career's words, not
/// the whole site's (tokenizing 80 MB of text was most of a 10,000-profile rebuild's related work).
/// </summary>
public sealed class CareerTerms
{
    public static CareerTerms Empty { get; } = new(ReadOnlyMemory<byte>.Empty, []);

    private readonly double[]? _counts;

    /// <summary>From the parse cache: each count doubled, as 7-bit encoded numbers (see <see cref="CopyCounts"/>).</summary>
    private readonly ReadOnlyMemory<byte> _packedCounts;

    /// <param name="stemsUtf8">The stems in UTF-8, each followed by one space.</param>
    /// <param name="counts">Each stem's weighted count; a multiple of one half (the field weights are).</param>
    public CareerTerms(ReadOnlyMemory<byte> stemsUtf8, double[] counts)
    {
        StemsUtf8 = stemsUtf8;
        _counts = counts;
        Count = counts.Length;
    }

    /// <summary>
    /// Terms read from the parse cache, their counts left in its bytes until the text vectors weigh them:
    /// an array of counts for every career on every rebuild was 24 MB of fresh memory at 10,000 profiles.
    /// </summary>
    /// <param name="packedCounts">Twice each count (a whole number), 7-bit encoded as BinaryWriter writes it; <paramref name="count"/> of them.</param>
    public CareerTerms(ReadOnlyMemory<byte> stemsUtf8, ReadOnlyMemory<byte> packedCounts, int count)
    {
        StemsUtf8 = stemsUtf8;
        _packedCounts = packedCounts;
        Count = count;
    }

    /// <summary>
    /// The stems in order of first occurrence, each followed by one space (stems are letters only), in
    /// UTF-8: from the parse cache, a slice of its bytes (as .NET strings, 60 MB at 10,000 profiles).
    /// </summary>
    public ReadOnlyMemory<byte> StemsUtf8 { get; }

    /// <summary>The stems as text.</summary>
    public string Stems => System.Text.Encoding.UTF8.GetString(StemsUtf8.Span);

    /// <summary>How many stems, and counts.</summary>
    public int Count { get; }

    /// <summary>Each stem's weighted count, in the order of the stems.</summary>
    public double[] Counts
    {
        get
        {
            if (_counts is not null) return _counts;
            var counts = new double[Count];
            CopyCounts(counts);
            return counts;
        }
    }

    /// <summary>Writes the counts into <paramref name="into"/> (at least <see cref="Count"/> long) without making an array.</summary>
    public void CopyCounts(Span<double> into)
    {
        if (_counts is not null)
        {
            _counts.CopyTo(into);
            return;
        }
        var packed = new Incremental.PackReader(_packedCounts);
        for (var k = 0; k < Count; k++) into[k] = packed.Read7BitEncodedInt64() / 2.0;
    }

    /// <summary>Counts the terms of a career's text fields, title first, each with its field's weight.</summary>
    public static CareerTerms Of(string title, IReadOnlyList<string> commonNames, string summary, ReadOnlySpan<char> body)
    {
        var counter = _counter ??= new StemCounter();
        counter.Count(title, TextVectors.TitleWeight);
        foreach (var name in commonNames) counter.Count(name, TextVectors.NameWeight);
        counter.Count(summary, TextVectors.SummaryWeight);
        counter.Count(body, TextVectors.BodyWeight);
        return counter.Take();
    }

    /// <summary>One per thread: its word → stem cache grows with the vocabulary of the sites it parses.</summary>
    [ThreadStatic] private static StemCounter? _counter;

    /// <summary>A <see cref="TermCounter"/> over a private table that remembers each number's stem.</summary>
    private sealed class StemCounter
    {
        private readonly TermTable _table = new(keepStems: true);
        private readonly TermCounter _counter;
        private readonly System.Text.StringBuilder _stems = new(4096);

        public StemCounter() => _counter = new TermCounter(_table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Count(ReadOnlySpan<char> text, double weight) => _counter.Count(text, weight);

        public CareerTerms Take()
        {
            var (terms, counts) = _counter.Take();
            if (terms.Length == 0) return Empty;
            _stems.Clear();
            foreach (var t in terms) _stems.Append(_table.Stem(t)).Append(' ');
            return new CareerTerms(Rendering.Utf8Text.Of(_stems), counts);
        }
    }
}
