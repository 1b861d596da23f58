using System.Collections.Concurrent;

namespace ProfileGen.Model.Related;

/// <summary>
/// Numbers the terms of one run of the finder, safe to use from many threads. Which term gets which
/// number depends on thread timing, so nothing may depend on the numbers' order: each career lists
/// its terms in the order they first occur in its text, and sums run in that order.
/// </summary>
internal sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> _terms = new(StringComparer.Ordinal);
    private int _last = -1;

    /// <summary>The number of a lowercase word's term, or -1 when the word is no term (a stop word).</summary>
    public int Number(ReadOnlySpan<char> word) =>
        TextTokenizer.Term(word) is { } term ? _terms.GetOrAdd(term, _ => Interlocked.Increment(ref _last)) : -1;

    /// <summary>One more than the highest number handed out (a lost race may leave a number unused).</summary>
    public int Capacity => _last + 1;
}
