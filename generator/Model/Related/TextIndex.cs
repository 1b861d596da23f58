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

        // Prune long lists to their strongest postings (ties to the earlier career), keeping the survivors
        // in career order; each term's list on its own, so on every core.
        var kept = new int[terms + 1];
        for (var t = 0; t < terms; t++) kept[t + 1] = kept[t] + Math.Min(start[t + 1] - start[t], PostingsPerTerm);
        var keptCareers = new int[kept[terms]];
        var keptWeights = new float[kept[terms]];
        // (A partitioner of no terms throws: a site whose careers share no word has none.)
        if (terms > 0) System.Threading.Tasks.Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, terms, Math.Max(1, terms / (Environment.ProcessorCount * 8))), range =>
        {
            float[]? scratch = null;
            for (var t = range.Item1; t < range.Item2; t++)
            {
                var (from, length, write) = (start[t], start[t + 1] - start[t], kept[t]);
                if (length <= PostingsPerTerm)
                {
                    Array.Copy(careers, from, keptCareers, write, length);
                    Array.Copy(weights, from, keptWeights, write, length);
                    continue;
                }
                // The PostingsPerTerm-th strongest weight: every posting above it stays, and of those equal
                // to it the earliest careers, as many as there is room for (the list is in career order).
                if (scratch is null || scratch.Length < length) scratch = new float[Math.Max(length, 1024)];
                Array.Copy(weights, from, scratch, 0, length);
                var cut = Selection.Nth(scratch, length, length - PostingsPerTerm); // the PostingsPerTerm-th from the top
                var room = PostingsPerTerm;
                for (var k = from; k < from + length; k++) if (weights[k] > cut) room--;
                for (var k = from; k < from + length; k++)
                {
                    if (weights[k] < cut || (weights[k] == cut && room-- <= 0)) continue;
                    keptCareers[write] = careers[k];
                    keptWeights[write] = weights[k];
                    write++;
                }
            }
        });
        return new TextIndex { Start = kept, Careers = keptCareers, Weights = keptWeights };
    }
}
