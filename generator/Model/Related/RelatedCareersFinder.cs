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
    /// <param name="profiles">The site's careers, in title order (the tie-break).</param>
    /// <param name="pinned">For each career, the careers its front matter pins, in their given order.</param>
    public IReadOnlyList<IReadOnlyList<Profile>> Find(IReadOnlyList<Profile> profiles, IReadOnlyList<IReadOnlyList<Profile>> pinned)
    {
        var n = profiles.Count;
        if (n == 0) return [];
        var weights = config.Weights;
        TextVectors? vectors = null;
        TextIndex? index = null;
        if (weights.Text > 0 && config.Count > 0 && n > 1)
        {
            vectors = TextVectors.Build(profiles);
            index = TextIndex.Build(vectors);
        }
        var groups = new StructuredGroups(profiles);
        var result = new IReadOnlyList<Profile>[n];

        Parallel.ForEach(Partitioner.Create(0, n, Math.Clamp(n / (Environment.ProcessorCount * 8), 1, 64)),
            () => new CandidateScorer(n, config.Count, weights, config.Threshold, vectors, index, groups),
            (range, _, scorer) =>
            {
                for (var i = range.Item1; i < range.Item2; i++) result[i] = Choose(profiles[i], pinned[i], scorer.Rank(i), profiles);
                return scorer;
            },
            _ => { });
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
