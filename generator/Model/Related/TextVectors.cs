using System.Collections.Concurrent;
using ProfileGen.Incremental;

namespace ProfileGen.Model.Related;

/// <summary>
/// The careers' text as sparse TF-IDF vectors: each field's words counted with the field's weight,
/// term frequency sublinear (1 + ln tf, so a word said twenty times is not twenty times the
/// evidence), inverse document frequency ln(N / df), and the vector L2-normalised over all its terms
/// so the dot product of two vectors is their cosine. For matching, a vector keeps only its
/// <see cref="TermsPerCareer"/> strongest terms that another career could share (in at least two
/// careers, and in at most half of them unless the site is tiny).
/// </summary>
internal sealed class TextVectors
{
    /// <summary>What a career is called says more than a sentence of its body; the summary is its gist.</summary>
    public const double TitleWeight = 4, NameWeight = 2, SummaryWeight = 1.5, BodyWeight = 1;

    /// <summary>How many of a career's strongest terms it is matched on; bounds the work per career.</summary>
    public const int TermsPerCareer = 128;

    /// <summary>Terms in more than this share of the careers say little about any two of them.</summary>
    public const double MaxDocumentFrequency = 0.5;

    /// <summary>Sites this small keep every shared term: a share of a handful of careers means nothing.</summary>
    private const int SmallSite = 20;

    /// <summary>
    /// For each career, the numbers of the terms it is matched on, in the order they first occur in
    /// its text: term numbers depend on thread timing, this order does not, and sums follow it.
    /// </summary>
    public required int[][] Terms { get; init; }

    /// <summary>For each career, the weights of <see cref="Terms"/>, divided by the norm of its whole vector.</summary>
    public required float[][] Weights { get; init; }

    /// <summary>One more than the highest term number.</summary>
    public required int TermCount { get; init; }

    /// <summary>The terms' stems, by number.</summary>
    public required TermTable Table { get; init; }

    /// <summary>
    /// For each career, a digest of its vector: its stems, which of them it is matched on and their
    /// weights. Equal across runs that number the terms differently (<see cref="RankingChanges"/>).
    /// </summary>
    public required Hash128[] Digests { get; init; }

    /// <param name="profiles">The careers in any order: a vector depends on the whole set, not on its order (see <see cref="InOrder"/>).</param>
    public static TextVectors Build(IReadOnlyList<Profile> profiles)
    {
        var n = profiles.Count;
        var table = new TermTable();
        var counted = new int[n][];
        var ranges = Partitioner.Create(0, n, Math.Clamp(n / (Environment.ProcessorCount * 8), 1, 64));

        // Each career's terms were counted when it was parsed; here they only get this run's numbers.
        Parallel.ForEach(ranges, () => new WordCache(table, stems: true), (range, _, words) =>
        {
            for (var i = range.Item1; i < range.Item2; i++) counted[i] = Number(profiles[i].Terms, words);
            return words;
        }, _ => { });

        var termCount = table.Capacity;
        var documentFrequency = new int[termCount];
        foreach (var terms in counted)
            foreach (var t in terms) documentFrequency[t]++;

        var maxDf = n <= SmallSite ? n : Math.Max(2, (int)(MaxDocumentFrequency * n));
        // Each term's idf once, not once per career that has it (the same value: the same division and logarithm).
        var idf = new double[termCount];
        for (var t = 0; t < termCount; t++) idf[t] = documentFrequency[t] == 0 ? 0 : Math.Log((double)n / documentFrequency[t]);
        var matchTerms = new int[n][];
        var matchWeights = new float[n][];
        var digests = new Hash128[n];
        Parallel.ForEach(ranges, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
                (matchTerms[i], matchWeights[i], digests[i]) = Weigh(counted[i], profiles[i].Terms, documentFrequency, idf, maxDf, StemsIdentity(profiles[i]));
        });
        return new TextVectors { Terms = matchTerms, Weights = matchWeights, Digests = digests, TermCount = termCount, Table = table };
    }

    /// <summary>The same vectors for the same careers, the k-th for the career at <paramref name="order"/>[k] here.</summary>
    public TextVectors InOrder(int[] order)
    {
        var terms = new int[order.Length][];
        var weights = new float[order.Length][];
        var digests = new Hash128[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            digests[k] = Digests[order[k]];
            terms[k] = Terms[order[k]];
            weights[k] = Weights[order[k]];
        }
        return new TextVectors { Terms = terms, Weights = weights, Digests = digests, TermCount = TermCount, Table = Table };
    }

    [ThreadStatic] private static double[]? _weights;
    [ThreadStatic] private static int[]? _candidates;
    [ThreadStatic] private static double[]? _counts;

    /// <summary>A career's stems decoded, one buffer per thread (UTF-8 never has fewer bytes than UTF-16 has characters).</summary>
    [ThreadStatic] private static char[]? _chars;

    private static int[] Number(CareerTerms career, WordCache words)
    {
        var terms = new int[career.Count];
        var utf8 = career.StemsUtf8.Span;
        var chars = _chars is { } buffer && buffer.Length >= utf8.Length ? buffer : _chars = new char[Math.Max(utf8.Length, 4096)];
        var stems = chars.AsSpan(0, System.Text.Encoding.UTF8.GetChars(utf8, chars));
        for (var k = 0; k < terms.Length; k++)
        {
            var end = stems.IndexOf(' ');
            var stem = stems[..end];
            terms[k] = words.Term(stem, WordEnumerator.Hash(stem));
            stems = stems[(end + 1)..];
        }
        return terms;
    }

    /// <summary>
    /// What identifies a career's stems: the parse cache's key of its source (the stems follow from the
    /// source), or without a cache a digest of the stems themselves.
    /// </summary>
    private static Hash128 StemsIdentity(Profile career) =>
        career.SourceKey != default ? career.SourceKey : Hash128.Of(career.Terms.StemsUtf8.Span);

    /// <summary>The terms a career is matched on with their weights, and the digest of that vector (its stems, by <paramref name="stems"/>, identify the terms).</summary>
    private static (int[] Terms, float[] Weights, Hash128 Digest) Weigh(int[] terms, CareerTerms career, int[] documentFrequency, double[] idf, int maxDf, Hash128 stems)
    {
        // This thread's scratch: a career's weights and candidates live only here (60 MB of fresh memory a build otherwise).
        var weights = _weights is { } scratchWeights && scratchWeights.Length >= terms.Length ? scratchWeights : _weights = new double[Math.Max(terms.Length, 1024)];
        var candidates = _candidates is { } scratchCandidates && scratchCandidates.Length >= terms.Length ? scratchCandidates : _candidates = new int[Math.Max(terms.Length, 1024)];
        var counts = _counts is { } scratchCounts && scratchCounts.Length >= terms.Length ? scratchCounts : _counts = new double[Math.Max(terms.Length, 1024)];
        career.CopyCounts(counts);
        var found = 0;
        var norm = 0.0;
        for (var k = 0; k < terms.Length; k++)
        {
            var df = documentFrequency[terms[k]];
            // Most terms occur once in a body: ln 1 is 0 exactly, without calling the logarithm.
            var w = (counts[k] == 1 ? 1 : 1 + Math.Log(counts[k])) * idf[terms[k]];
            weights[k] = w;
            norm += w * w;
            if (df >= 2 && df <= maxDf && w > 0) candidates[found++] = k;
        }
        if (norm == 0) return ([], [], stems);
        if (found > TermsPerCareer)
        {
            // Strongest first, equal weights in order of first occurrence; then the survivors back in that order.
            Array.Sort(candidates, 0, found, Comparer<int>.Create((x, y) => weights[x] != weights[y] ? weights[y].CompareTo(weights[x]) : x.CompareTo(y)));
            found = TermsPerCareer;
            Array.Sort(candidates, 0, found);
        }
        norm = Math.Sqrt(norm);
        // A weight too small for a float would add nothing, and every posting must add something: left out.
        var kept = 0;
        for (var k = 0; k < found; k++)
            if ((float)(weights[candidates[k]] / norm) > 0) kept++;
        var keptTerms = new int[kept];
        var keptWeights = new float[kept];
        var digest = HashInput.Start();
        digest.Digest(stems);
        kept = 0;
        for (var k = 0; k < found; k++)
        {
            var weight = (float)(weights[candidates[k]] / norm);
            if (weight <= 0) continue;
            keptTerms[kept] = terms[candidates[k]];
            keptWeights[kept++] = weight;
            digest.Long(((long)candidates[k] << 32) | (uint)BitConverter.SingleToInt32Bits(weight));
        }
        return (keptTerms, keptWeights, Hash128.Of(digest.Written));
    }
}
