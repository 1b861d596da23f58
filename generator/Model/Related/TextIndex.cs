namespace ProfileGen.Model.Related;

/// <summary>
/// The inverted index of <see cref="TextVectors"/>: for each term, the careers matched on it and
/// their weights, in one flat array. A term's list keeps only its strongest postings, which bounds
/// the work of one career's lookup whatever the size of the site.
/// </summary>
internal sealed class TextIndex
{
    /// <summary>Term t's postings are [Start[t], Start[t + 1]).</summary>
    public required int[] Start { get; init; }
    public required int[] Docs { get; init; }
    public required float[] Weights { get; init; }

    public static TextIndex Build(TextVectors vectors, int maxPostings)
    {
        maxPostings = (int)Tuning.Get("P", maxPostings);
        var counts = new int[vectors.TermCount + 1];
        foreach (var terms in vectors.Terms)
            foreach (var t in terms) counts[t + 1]++;
        var start = new int[vectors.TermCount + 1];
        for (var t = 0; t < vectors.TermCount; t++) start[t + 1] = start[t] + counts[t + 1];

        var docs = new int[start[^1]];
        var weights = new float[start[^1]];
        var next = start[..^1];
        for (var doc = 0; doc < vectors.Terms.Length; doc++)
        {
            var terms = vectors.Terms[doc];
            for (var k = 0; k < terms.Length; k++)
            {
                var at = next[terms[k]]++;
                docs[at] = doc;
                weights[at] = vectors.Weights[doc][k];
            }
        }

        // Prune long lists to their strongest postings (ties to the earlier career), keeping the survivors in career order.
        var prunedStart = new int[start.Length];
        var write = 0;
        for (var t = 0; t < vectors.TermCount; t++)
        {
            var from = start[t];
            var length = start[t + 1] - from;
            prunedStart[t] = write;
            if (length <= maxPostings)
            {
                Array.Copy(docs, from, docs, write, length);
                Array.Copy(weights, from, weights, write, length);
                write += length;
                continue;
            }
            var order = Enumerable.Range(from, length).OrderByDescending(k => weights[k]).ThenBy(k => docs[k]).Take(maxPostings).Order().ToArray();
            foreach (var k in order)
            {
                docs[write] = docs[k];
                weights[write] = weights[k];
                write++;
            }
        }
        prunedStart[^1] = write;
        return new TextIndex { Start = prunedStart, Docs = docs[..write], Weights = weights[..write] };
    }
}
