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

    /// <param name="stemsUtf8">The stems in UTF-8, each followed by one space.</param>
    /// <param name="counts">Each stem's weighted count; a multiple of one half (the field weights are).</param>
    public CareerTerms(ReadOnlyMemory<byte> stemsUtf8, double[] counts)
    {
        StemsUtf8 = stemsUtf8;
        Counts = counts;
    }

    /// <summary>
    /// The stems in order of first occurrence, each followed by one space (stems are letters only), in
    /// UTF-8: from the parse cache, a slice of its bytes (as .NET strings, 60 MB at 10,000 profiles).
    /// </summary>
    public ReadOnlyMemory<byte> StemsUtf8 { get; }

    /// <summary>The stems as text.</summary>
    public string Stems => System.Text.Encoding.UTF8.GetString(StemsUtf8.Span);

    public double[] Counts { get; }

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
