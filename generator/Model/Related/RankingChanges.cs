using ProfileGen.Config;
using ProfileGen.Incremental;

namespace ProfileGen.Model.Related;

/// <summary>
/// Which careers' rankings an edit can have moved, found by comparing this build's text vectors and
/// inverted index with the last build's (<see cref="Rankings"/>); every other career keeps its ranking.
/// A career's ranking is the best candidates by score (then site order) among those it meets, and
/// it reads only: its own vector, the posting lists of its own terms, and the structured signals of
/// the careers. So, when the careers and their structured signals are the same as last time, a
/// career is ranked again when its own vector changed, or when a posting it reads changed for a
/// candidate that is in its ranking or whose new score could enter it. Anything wider (a career
/// added, a title that moves in the order, a new tag, an edit that shifts a common word's weight in
/// many careers) ranks every career, as a build without a cache does.
/// </summary>
internal static class RankingChanges
{
    /// <summary>More changed vectors than this (an edit that changes a word's document frequency changes every vector using it) rank everything.</summary>
    private const int MaxChangedVectors = 64;

    /// <summary>More careers whose postings changed than this rank everything: checking each pair would cost more than ranking.</summary>
    private const int MaxChangedCandidates = 256;

    /// <summary>A score this close to the last place's is treated as entering: the check may sum in another order than the ranking.</summary>
    private const double Margin = 1e-9;

    /// <summary>A digest of what makes every career's candidates and structured score: the settings, the careers in site order, their category, tags, SOC code and education.</summary>
    public static Hash128 InputsDigest(RelatedConfig config, IReadOnlyList<Profile> profiles)
    {
        var input = HashInput.Start();
        var w = config.Weights;
        foreach (var value in (ReadOnlySpan<double>)[config.Count, config.Threshold, w.Text, w.Category, w.SocMajor, w.SocMinor, w.Tags, w.Education])
            input.Long(BitConverter.DoubleToInt64Bits(value));
        input.Long(profiles.Count);
        foreach (var p in profiles)
        {
            input.Text(p.SourcePath);
            input.Text(p.Category.Slug);
            input.Long(p.Tags.Count);
            foreach (var tag in p.Tags) input.Text(tag.Slug);
            input.Text(p.Meta.SocCode ?? "\0");
            input.Text(p.Meta.Education ?? "\0");
        }
        return Hash128.Of(input.Written);
    }

    /// <summary>For each career, whether it must be ranked again; null when every career must.</summary>
    public static bool[]? Dirty(Rankings old, Hash128 inputs, Hash128[] vectorDigests, TextVectors? vectors, TextIndex? index,
        StructuredGroups groups, RelatedConfig config)
    {
        var n = vectorDigests.Length;
        if (old.Inputs != inputs || old.Best.Length != n || old.Vectors.Length != n) return null;
        var dirty = new bool[n];
        var changed = 0;
        for (var i = 0; i < n; i++)
        {
            dirty[i] = old.Vectors[i] != vectorDigests[i];
            if (dirty[i] && ++changed > MaxChangedVectors) return null;
        }
        if (vectors is null || index is null) return dirty;

        var moved = ChangedPostings(old, vectors, index);
        if (moved is null) return null;
        var candidates = new HashSet<int>();
        foreach (var list in moved.Values) candidates.UnionWith(list);
        if (candidates.Count > MaxChangedCandidates) return null;

        var threshold = Math.Max(config.Threshold, 1e-12);
        var size = config.Count;
        Parallel.For(0, n, () => new HashSet<int>(), (i, _, met) =>
        {
            if (dirty[i]) return met;
            met.Clear();
            foreach (var t in vectors.Terms[i])
            {
                if (!moved.TryGetValue(t, out var list)) continue;
                foreach (var j in list)
                {
                    if (j == i || !met.Add(j)) continue;
                    if (Array.IndexOf(old.Best[i], j) >= 0 || CouldEnter(j))
                    {
                        dirty[i] = true;
                        return met;
                    }
                }
            }
            return met;

            // Whether candidate j, not in career i's ranking, now scores high enough to enter it.
            bool CouldEnter(int j)
            {
                var score = CandidateScorer.Score(config.Weights, groups, i, j, TextScore(vectors, index, i, j));
                if (score <= threshold - Margin) return false;
                var scores = old.Scores[i];
                return scores.Length < size || score >= scores[^1] - Margin;
            }
        }, _ => { });
        return dirty;
    }

    /// <summary>
    /// For each term (this build's numbers), the careers whose posting on it was added, dropped or
    /// reweighted since the last build; null when too many changed to be worth following.
    /// </summary>
    private static Dictionary<int, List<int>>? ChangedPostings(Rankings old, TextVectors vectors, TextIndex index)
    {
        var moved = new Dictionary<int, List<int>>();
        var seen = new bool[vectors.TermCount];
        var changes = 0;
        void Moved(int t, int j)
        {
            if (!moved.TryGetValue(t, out var list)) moved[t] = list = [];
            list.Add(j);
            changes++;
        }
        var stems = old.Stems.Value;
        for (var s = 0; s < stems.Length; s++)
        {
            // A stem no career has now is read by no ranking; the careers that had it have new vectors.
            var t = vectors.Table.Find(stems[s]);
            if (t < 0) continue;
            seen[t] = true;
            int a = old.Start[s], aEnd = old.Start[s + 1], b = index.Start[t], bEnd = index.Start[t + 1];
            // Both lists are in site order: a merge finds the postings added, dropped or reweighted.
            while (a < aEnd || b < bEnd)
            {
                var before = a < aEnd ? old.Careers[a] : int.MaxValue;
                var now = b < bEnd ? index.Careers[b] : int.MaxValue;
                if (before == now)
                {
                    if (old.Weights[a] != index.Weights[b]) Moved(t, now);
                    a++;
                    b++;
                }
                else if (before < now)
                {
                    Moved(t, before);
                    a++;
                }
                else
                {
                    Moved(t, now);
                    b++;
                }
            }
            if (changes > MaxChangedCandidates * TextIndex.PostingsPerTerm) return null;
        }
        for (var t = 0; t < vectors.TermCount; t++)
        {
            if (seen[t]) continue;
            for (var at = index.Start[t]; at < index.Start[t + 1]; at++) Moved(t, index.Careers[at]);
            if (changes > MaxChangedCandidates * TextIndex.PostingsPerTerm) return null;
        }
        return moved;
    }

    /// <summary>Career j's text score for career i, summed in the order <see cref="CandidateScorer"/> gathers it: i's terms in order.</summary>
    private static double TextScore(TextVectors vectors, TextIndex index, int i, int j)
    {
        var terms = vectors.Terms[i];
        var weights = vectors.Weights[i];
        var text = 0.0;
        for (var k = 0; k < terms.Length; k++)
        {
            var t = terms[k];
            var at = Array.BinarySearch(index.Careers, index.Start[t], index.Start[t + 1] - index.Start[t], j);
            if (at < 0) continue;
            double weight = weights[k];
            text += weight * index.Weights[at];
        }
        return text;
    }
}
