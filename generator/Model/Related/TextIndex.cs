namespace ProfileGen.Model.Related;

/// <summary>
/// The inverted index of <see cref="TextVectors"/>: for each term, the careers matched on it and
/// their weights, in flat arrays. A term's list keeps only its <see cref="PostingsPerTerm"/>
/// strongest postings, so one career's lookup costs at most
/// <see cref="TextVectors.TermsPerCareer"/> × <see cref="PostingsPerTerm"/> steps whatever the size of
/// the site. A term shared by more careers than that is a weak one (its idf is low), and the
/// careers it would add are found through their other terms.
/// </summary>
internal sealed class TextIndex
{
    public const int PostingsPerTerm = 64;

    /// <summary>Term t's postings are [Start[t], Start[t + 1]).</summary>
    public required int[] Start { get; init; }
    public required int[] Careers { get; init; }
    public required float[] Weights { get; init; }

    public static TextIndex Build(TextVectors vectors)
    {
        var terms = vectors.TermCount;
        var start = new int[terms + 1];
        foreach (var list in vectors.Terms)
            foreach (var t in list) start[t + 1]++;
        for (var t = 0; t < terms; t++) start[t + 1] += start[t];

        var careers = new int[start[^1]];
        var weights = new float[start[^1]];
        var next = start[..^1];
        for (var career = 0; career < vectors.Terms.Length; career++)
        {
            var list = vectors.Terms[career];
            for (var k = 0; k < list.Length; k++)
            {
                var at = next[list[k]]++;
                careers[at] = career;
                weights[at] = vectors.Weights[career][k];
            }
        }

        // Prune long lists to their strongest postings (ties to the earlier career), keeping the survivors in career order.
        var kept = new int[terms + 1];
        var write = 0;
        for (var t = 0; t < terms; t++)
        {
            var from = start[t];
            var length = start[t + 1] - from;
            kept[t] = write;
            if (length <= PostingsPerTerm)
            {
                Array.Copy(careers, from, careers, write, length);
                Array.Copy(weights, from, weights, write, length);
                write += length;
                continue;
            }
            var strongest = Enumerable.Range(from, length)
                .OrderByDescending(k => weights[k]).ThenBy(k => careers[k])
                .Take(PostingsPerTerm).Order().ToArray();
            foreach (var k in strongest)
            {
                careers[write] = careers[k];
                weights[write] = weights[k];
                write++;
            }
        }
        kept[terms] = write;
        return new TextIndex { Start = kept, Careers = careers[..write], Weights = weights[..write] };
    }
}
