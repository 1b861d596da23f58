using System.Collections.Concurrent;

namespace ProfileGen.Model.Related;

/// <summary>
/// Numbers the terms of one run of the finder, safe to use from many threads. Which term gets which
/// number depends on thread timing, so nothing may depend on the numbers' order: each career lists
/// its terms in the order they first occur in its text, and sums run in that order.
/// </summary>
internal sealed class TermTable(bool keepStems = false)
{
    private readonly ConcurrentDictionary<string, int> _terms = new(StringComparer.Ordinal);
    private int _last = -1;
    private string[] _stems = keepStems ? new string[1024] : [];

    /// <summary>The number of a lowercase word's term, or -1 when the word is no term (a stop word).</summary>
    public int Number(ReadOnlySpan<char> word) => TextTokenizer.Term(word) is { } term ? Intern(term) : -1;

    /// <summary>The number of a term already stemmed (from <see cref="CareerTerms"/>).</summary>
    public int NumberOfStem(ReadOnlySpan<char> stem) =>
        _terms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out var number) ? number : Intern(new string(stem));

    private int Intern(string stem) => _terms.GetOrAdd(stem, Add);

    private int Add(string stem)
    {
        var number = Interlocked.Increment(ref _last);
        if (keepStems)
        {
            // Only a table used by one thread keeps its stems (CareerTerms' counter).
            if (number >= _stems.Length) Array.Resize(ref _stems, Math.Max(number + 1, _stems.Length * 2));
            _stems[number] = stem;
        }
        return number;
    }

    /// <summary>The number of a stem, or -1 when no text of this run had it.</summary>
    public int Find(string stem) => _terms.TryGetValue(stem, out var number) ? number : -1;

    /// <summary>Every number's stem ("" for a number a lost race left unused), for a table used by many threads.</summary>
    public string[] StemsByNumber()
    {
        var stems = new string[Capacity];
        Array.Fill(stems, "");
        foreach (var (stem, number) in _terms) stems[number] = stem;
        return stems;
    }

    /// <summary>The stem numbered <paramref name="number"/>, in a table made with <c>keepStems</c>.</summary>
    public string Stem(int number) => _stems[number];

    /// <summary>One more than the highest number handed out (a lost race may leave a number unused).</summary>
    public int Capacity => _last + 1;
}
