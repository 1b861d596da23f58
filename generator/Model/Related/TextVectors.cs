using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ProfileGen.Model.Related;

/// <summary>
/// The careers' text as sparse TF-IDF vectors, L2-normalised over all their terms. Each vector keeps
/// for matching only its strongest terms that another career could share, in the order they first
/// occur in the career's text (term numbers depend on thread timing; this order does not).
/// </summary>
internal sealed class TextVectors
{
    /// <summary>For each career, the term numbers it is matched on, in order of first occurrence.</summary>
    public required int[][] Terms { get; init; }

    /// <summary>For each career, the normalised weights of <see cref="Terms"/>.</summary>
    public required float[][] Weights { get; init; }

    /// <summary>One more than the highest term number.</summary>
    public required int TermCount { get; init; }

    public static TextVectors Build(IReadOnlyList<Profile> profiles, int termsPerDocument, double maxDocumentFrequency)
    {
        double TitleWeight = Tuning.Get("title", 4), NameWeight = Tuning.Get("names", 2), SummaryWeight = Tuning.Get("summary", 1.5), BodyWeight = Tuning.Get("body", 1);
        var tfMode = (int)Tuning.Get("tf", 0);
        var k1 = Tuning.Get("k1", 1.2);
        var b = Tuning.Get("b", 0);
        var minDf = (int)Tuning.Get("mindf", 2);
        termsPerDocument = (int)Tuning.Get("K", termsPerDocument);
        maxDocumentFrequency = Tuning.Get("maxdf", maxDocumentFrequency);

        var n = profiles.Count;
        var table = new TermTable();
        var counted = new (int[] Terms, double[] Counts, double Length)[n];
        var partitions = Partitioner.Create(0, n, Math.Max(1, Math.Min(64, n / (Environment.ProcessorCount * 8))));

        // Term frequencies, each field counted with its weight.
        Parallel.ForEach(partitions, () => new TermCounter(table), (range, _, counter) =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var p = profiles[i];
                counter.Count(p.Title, TitleWeight);
                foreach (var name in p.Meta.CommonNames) counter.Count(name, NameWeight);
                counter.Count(p.Summary, SummaryWeight);
                counter.Count(p.PlainText, BodyWeight);
                counted[i] = counter.Take();
            }
            return counter;
        }, _ => { });

        if (Tuning.Get("timing", 0) > 0) Console.Error.WriteLine($"  counted cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds}");
        var termCount = table.Capacity;
        var documentFrequency = new int[termCount];
        var totalLength = 0.0;
        foreach (var (terms, _, length) in counted)
        {
            foreach (var t in terms) documentFrequency[t]++;
            totalLength += length;
        }
        var averageLength = n == 0 ? 1 : Math.Max(1, totalLength / n);

        var maxDf = n <= 20 ? n : Math.Max(2, (int)(maxDocumentFrequency * n));
        var matchTerms = new int[n][];
        var matchWeights = new float[n][];
        Parallel.ForEach(partitions, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var (terms, counts, length) = counted[i];
                (matchTerms[i], matchWeights[i]) = Weigh(terms, counts, length);
            }
        });
        return new TextVectors { Terms = matchTerms, Weights = matchWeights, TermCount = termCount };

        (int[], float[]) Weigh(int[] terms, double[] counts, double length)
        {
            var weights = new double[terms.Length];
            var candidates = new int[terms.Length];
            var found = 0;
            var norm = 0.0;
            for (var t = 0; t < terms.Length; t++)
            {
                var df = documentFrequency[terms[t]];
                var idf = Math.Log((double)n / df);
                var count = counts[t];
                var tf = tfMode switch
                {
                    0 => 1 + Math.Log(count),
                    1 => count * (k1 + 1) / (count + k1 * (1 - b + b * length / averageLength)),
                    _ => Math.Sqrt(count),
                };
                var w = tf * idf;
                weights[t] = w;
                norm += w * w;
                if (df >= minDf && df <= maxDf && w > 0) candidates[found++] = t;
            }
            if (found > termsPerDocument)
            {
                // Strongest first, equal weights in order of first occurrence; then back in that order.
                Array.Sort(candidates, 0, found, Comparer<int>.Create((x, y) => weights[x] != weights[y] ? weights[y].CompareTo(weights[x]) : x.CompareTo(y)));
                found = termsPerDocument;
                Array.Sort(candidates, 0, found);
            }
            norm = Math.Sqrt(norm);
            var keptTerms = new int[found];
            var keptWeights = new float[found];
            for (var k = 0; k < found; k++)
            {
                keptTerms[k] = terms[candidates[k]];
                keptWeights[k] = (float)(weights[candidates[k]] / norm);
            }
            return (keptTerms, keptWeights);
        }
    }
}
