namespace ProfileGen.Model.Related;

/// <summary>Sparse, L2-normalised TF-IDF vectors of the careers' text, and their inverted index.</summary>
internal static class TextVectors
{
    /// <summary>Field weights: what a career is called says more than a sentence of its body.</summary>
    private const double TitleWeight = 4, NameWeight = 2, SummaryWeight = 1.5, BodyWeight = 1;

    public static (int Term, double Weight)[][] Build(IReadOnlyList<Profile> profiles, int termsPerDocument, double maxDocumentFrequency)
    {
        var n = profiles.Count;
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var frequencies = new Dictionary<string, double>[n];

        Parallel.For(0, n, i =>
        {
            var p = profiles[i];
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            void Count(string text, double weight)
            {
                foreach (var term in TextTokenizer.Terms(text)) tf[term] = tf.GetValueOrDefault(term) + weight;
            }
            Count(p.Title, TitleWeight);
            foreach (var name in p.Meta.CommonNames) Count(name, NameWeight);
            Count(p.Summary, SummaryWeight);
            Count(p.PlainText, BodyWeight);
            frequencies[i] = tf;
        });

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tf in frequencies)
            foreach (var term in tf.Keys)
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;

        // Sorted term ids make the vectors, and so the scores' summation order, independent of thread timing.
        foreach (var term in documentFrequency.Keys.Order(StringComparer.Ordinal)) termIds[term] = termIds.Count;

        var maxDf = Math.Max(2, (int)(maxDocumentFrequency * n));
        var vectors = new (int, double)[n][];
        Parallel.For(0, n, i =>
        {
            var weighted = new List<(int Term, double Weight)>();
            foreach (var (term, count) in frequencies[i])
            {
                var df = documentFrequency[term];
                if (df < 2 || (n > 20 && df > maxDf)) continue; // unique terms match nothing; ubiquitous ones match everything
                var idf = Math.Log((double)n / df);
                weighted.Add((termIds[term], (1 + Math.Log(count)) * idf));
            }
            var top = weighted.OrderByDescending(x => x.Weight).ThenBy(x => x.Term).Take(termsPerDocument).ToArray();
            var norm = Math.Sqrt(top.Sum(x => x.Weight * x.Weight));
            vectors[i] = norm == 0 ? [] : top.Select(x => (x.Term, x.Weight / norm)).OrderBy(x => x.Term).ToArray();
        });
        return vectors;
    }

    public static Dictionary<int, List<(int Doc, double Weight)>> Invert((int Term, double Weight)[][] vectors)
    {
        var index = new Dictionary<int, List<(int, double)>>();
        for (var doc = 0; doc < vectors.Length; doc++)
        {
            foreach (var (term, weight) in vectors[doc])
            {
                if (!index.TryGetValue(term, out var postings)) index[term] = postings = [];
                postings.Add((doc, weight));
            }
        }
        return index;
    }
}
