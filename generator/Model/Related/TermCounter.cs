using System.Runtime.CompilerServices;

namespace ProfileGen.Model.Related;

/// <summary>
/// One worker's term frequencies for one career at a time. Looks words up in its own
/// <see cref="WordCache"/> and counts into a dense array.
/// </summary>
internal sealed class TermCounter(TermTable table)
{
    private readonly WordCache _words = new(table);
    private double[] _counts = new double[1024];
    private readonly List<int> _terms = new(512);

    /// <summary>Counts the terms of <paramref name="text"/>, each occurrence as <paramref name="weight"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(ReadOnlySpan<char> text, double weight)
    {
        if (weight == 0 || text.IsEmpty) return;
        var words = new WordEnumerator(text, stackalloc char[TextTokenizer.MaxWordLength]);
        while (words.MoveNext())
        {
            var term = _words.Term(words.Current, words.CurrentHash);
            if (term < 0) continue;
            if (term >= _counts.Length) Array.Resize(ref _counts, Math.Max(term + 1, _counts.Length * 2));
            if (_counts[term] == 0) _terms.Add(term);
            _counts[term] += weight;
        }
    }

    /// <summary>The career's terms, in order of first occurrence, and their counts; then starts afresh.</summary>
    public (int[] Terms, double[] Counts) Take()
    {
        var terms = _terms.ToArray();
        var counts = new double[terms.Length];
        for (var k = 0; k < terms.Length; k++)
        {
            counts[k] = _counts[terms[k]];
            _counts[terms[k]] = 0;
        }
        _terms.Clear();
        return (terms, counts);
    }
}
