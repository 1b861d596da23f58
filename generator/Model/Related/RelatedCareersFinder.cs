using System.Collections.Concurrent;
using ProfileGen.Config;

namespace ProfileGen.Model.Related;

/// <summary>
/// "You Might Also Like", computed once for the whole site. The score of a candidate is text
/// similarity (cosine of TF-IDF vectors over title, common names, summary and body, found through
/// an inverted index so the cost stays near-linear) plus structured signals: same category, same
/// SOC major and minor group, shared tags (Jaccard) and a close education level, each with a
/// configurable weight. Pinned careers (front matter <c>related:</c>) come first in their given
/// order. Ties go to the earlier career in title order, and every sum runs in an order fixed by the
/// content, so the lists never depend on thread timing.
/// </summary>
public sealed class RelatedCareersFinder(RelatedConfig config)
{
    /// <summary>
    /// Starts weighing the careers' text on the thread pool, in the order given: a career's vector
    /// depends on the whole set of careers, not on their order, so it is computed while the site puts
    /// them in title order and groups them, most of which runs on one core. Null when text is not used.
    /// </summary>
    public PendingText? StartText(IReadOnlyList<Profile> careers) =>
        config.Weights.Text > 0 && config.Count > 0 && careers.Count > 1 ? new PendingText(careers, Task.Run(() => TextVectors.Build(careers))) : null;

    /// <summary>Text vectors being computed for careers in an order of their own.</summary>
    public sealed class PendingText
    {
        private readonly IReadOnlyList<Profile> _careers;
        private readonly Task<TextVectors> _vectors;

        internal PendingText(IReadOnlyList<Profile> careers, Task<TextVectors> vectors)
        {
            _careers = careers;
            _vectors = vectors;
        }

        /// <summary>The vectors in the order of <paramref name="profiles"/>, the same careers in another order.</summary>
        internal TextVectors For(IReadOnlyList<Profile> profiles)
        {
            var at = new Dictionary<Profile, int>(_careers.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _careers.Count; i++) at[_careers[i]] = i;
            var order = new int[profiles.Count];
            for (var k = 0; k < order.Length; k++) order[k] = at[profiles[k]];
            return _vectors.GetAwaiter().GetResult().InOrder(order);
        }
    }

    /// <param name="profiles">The site's careers, in title order (the tie-break).</param>
    /// <param name="pinned">For each career, the careers its front matter pins, in their given order.</param>
    /// <param name="text">The careers' text vectors from <see cref="StartText"/> (same careers); null to compute them here.</param>
    /// <param name="memory">The last build's rankings, to rank again only the careers an edit can move, and where this build's are kept; null ranks every career.</param>
    public IReadOnlyList<IReadOnlyList<Profile>> Find(IReadOnlyList<Profile> profiles, IReadOnlyList<IReadOnlyList<Profile>> pinned, PendingText? text = null, RankingMemory? memory = null)
    {
        var n = profiles.Count;
        if (n == 0) return [];
        var weights = config.Weights;
        // The text vectors are awaited and indexed on the thread pool while this thread makes the structured
        // groups and the digest of what the rankings are made from.
        text ??= StartText(profiles);
        var indexing = text is null ? null : Task.Run(() =>
        {
            var vectors = text.For(profiles);
            return (vectors, TextIndex.Build(vectors));
        });
        var groups = new StructuredGroups(profiles);
        var inputs = memory is null ? default : RankingChanges.InputsDigest(config, profiles);
        var (vectors, index) = indexing is null ? (null, null) : indexing.GetAwaiter().GetResult();
        var best = new int[n][];
        var scores = new double[n][];

        // With a memory: which careers an edit can have moved; the others keep the last build's ranking.
        var digests = vectors?.Digests ?? new Incremental.Hash128[n];
        var previous = memory?.Previous;
        var dirty = previous is null ? null : RankingChanges.Dirty(previous, inputs, digests, vectors, index, groups, config);
        var toRank = new List<int>(dirty is null ? n : 16);
        for (var i = 0; i < n; i++)
        {
            if (dirty is null || dirty[i]) toRank.Add(i);
            else (best[i], scores[i]) = (previous!.Best[i], previous.Scores[i]);
        }

        if (toRank.Count > 0) Parallel.ForEach(Partitioner.Create(0, toRank.Count, Math.Clamp(toRank.Count / (Environment.ProcessorCount * 8), 1, 64)),
            () => new CandidateScorer(n, config.Count, weights, config.Threshold, vectors, index, groups),
            (range, _, scorer) =>
            {
                for (var k = range.Item1; k < range.Item2; k++)
                {
                    var i = toRank[k];
                    best[i] = scorer.Rank(i).ToArray();
                    scores[i] = scorer.BestScores.ToArray();
                }
                return scorer;
            },
            _ => { });
        memory?.Remember(new Rankings
        {
            Inputs = inputs, Vectors = digests, Best = best, Scores = scores, Stems = vectors is null ? new Lazy<string[]>([]) : new Lazy<string[]>(vectors.Table.StemsByNumber),
            Start = index?.Start ?? [0], Careers = index?.Careers ?? [], Weights = index?.Weights ?? [],
        }, toRank.Count);

        var result = new IReadOnlyList<Profile>[n];
        Parallel.For(0, n, i => result[i] = Choose(profiles[i], pinned[i], best[i], profiles));
        return result;
    }

    /// <summary>The pins in their order, then the best candidates not pinned, up to the configured count.</summary>
    private List<Profile> Choose(Profile self, IReadOnlyList<Profile> pins, ReadOnlySpan<int> best, IReadOnlyList<Profile> profiles)
    {
        var list = new List<Profile>(Math.Max(config.Count, pins.Count));
        foreach (var pin in pins)
            if (pin != self && !list.Contains(pin)) list.Add(pin);
        // The best `count` candidates are enough even when some of them are pinned: each pin takes a place too.
        foreach (var j in best)
        {
            if (list.Count >= config.Count) break;
            if (!list.Contains(profiles[j])) list.Add(profiles[j]);
        }
        return list;
    }
}
