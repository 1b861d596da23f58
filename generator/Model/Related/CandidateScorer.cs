using System.Runtime.CompilerServices;
using ProfileGen.Config;

namespace ProfileGen.Model.Related;

/// <summary>
/// One worker's scoring of one career at a time against the site. Text similarity is gathered
/// through the inverted index into a dense array; then candidates are offered to a short ranking in
/// passes (careers met through text, then through a shared tag, then through the category or a SOC
/// group), each candidate once and scored in full. Category and SOC groups add the same weight to
/// all their members, so a member's share is a comparison of two numbers, and a pass whose best
/// possible score cannot enter a full ranking is skipped whole: with small structured weights most
/// careers never look at their category's members one by one.
/// </summary>
internal sealed class CandidateScorer
{
    private readonly RelatedWeights _weights;
    private readonly double _threshold;
    private readonly TextVectors? _vectors;
    private readonly TextIndex? _index;
    private readonly StructuredGroups _groups;
    private readonly StructuredGroups.Fact[] _facts;

    /// <summary>The most the structured signals can add: to any career, and to one that shares no tag.</summary>
    private readonly double _maxStructured, _maxWithoutTags;

    private readonly double[] _text;
    private readonly int[] _textMet;
    private int _textCount;
    private readonly bool[] _tagMet;
    private readonly int[] _tagMetList;
    private int _tagCount;

    private readonly int[] _best;
    private readonly double[] _bestScore;
    private readonly double[] _topText;
    private int _bestCount;

    public CandidateScorer(int n, int count, RelatedWeights weights, double threshold, TextVectors? vectors, TextIndex? index, StructuredGroups groups)
    {
        _weights = weights;
        _threshold = Math.Max(threshold, 1e-12);
        _vectors = weights.Text > 0 ? vectors : null;
        _index = weights.Text > 0 ? index : null;
        _groups = groups;
        _facts = groups.Facts;
        _maxWithoutTags = weights.Category + weights.SocMajor + weights.SocMinor + weights.Education;
        _maxStructured = _maxWithoutTags + weights.Tags;
        _text = new double[n];
        _textMet = new int[n + 1]; // one spare: GatherText writes before it knows whether to keep
        _tagMet = new bool[n];
        _tagMetList = new int[n];
        _best = new int[Math.Max(count, 0)];
        _bestScore = new double[Math.Max(count, 0)];
        _topText = new double[Math.Max(count, 0)];
    }

    /// <summary>The scores of the candidates the last <see cref="Rank"/> returned, in its order.</summary>
    public ReadOnlySpan<double> BestScores => _bestScore.AsSpan(0, _bestCount);

    /// <summary>The best candidates for career i, best first: higher score, then earlier in site order.</summary>
    public ReadOnlySpan<int> Rank(int i)
    {
        _bestCount = 0;
        if (_best.Length == 0) return [];
        var w = _weights;
        var g = _groups;

        // Careers met through text, each skipped when even the most structure could not lift it in.
        if (_vectors is not null)
        {
            GatherText(i);
            OfferTextMatches(i);
        }

        // Careers that share a tag, not met through text.
        if (w.Tags > 0 && g.Tags[i].Length > 0 && CanEnter(_maxStructured))
        {
            foreach (var tag in g.Tags[i])
            {
                foreach (var j in g.Members[tag])
                {
                    if (_tagMet[j]) continue;
                    _tagMet[j] = true;
                    _tagMetList[_tagCount++] = j;
                    if (_text[j] == 0) Offer(i, j);
                }
            }
        }

        // Members of the category and SOC groups met no other way.
        var byCategory = w.Category > 0;
        var byMajor = w.SocMajor > 0 && _facts[i].SocMajor >= 0;
        if (byCategory && CanEnter(_maxWithoutTags)) OfferGroup(i, g.Members[_facts[i].Category], skipSameCategory: false);
        if (byMajor && CanEnter(_maxWithoutTags)) OfferGroup(i, g.Members[_facts[i].SocMajor], skipSameCategory: byCategory);
        // The minor group lies inside the major group, so it needs a pass of its own only when the major group had none.
        if (w.SocMinor > 0 && _facts[i].SocMinor >= 0 && !byMajor && CanEnter(_maxWithoutTags))
            OfferGroup(i, g.Members[_facts[i].SocMinor], skipSameCategory: byCategory);

        for (var k = 0; k < _textCount; k++) _text[_textMet[k]] = 0;
        for (var k = 0; k < _tagCount; k++) _tagMet[_tagMetList[k]] = false;
        _textCount = _tagCount = 0;
        return _best.AsSpan(0, _bestCount);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GatherText(int i)
    {
        var terms = _vectors!.Terms[i];
        var termWeights = _vectors.Weights[i];
        var start = _index!.Start;
        var careers = _index.Careers;
        var postingWeights = _index.Weights;
        var text = _text;
        var met = _textMet;
        var count = 0;
        for (var k = 0; k < terms.Length; k++)
        {
            var t = terms[k];
            double weight = termWeights[k];
            for (var at = start[t]; at < start[t + 1]; at++)
            {
                var j = careers[at];
                var before = text[j];
                met[count] = j; // kept only the first time j is met: no branch to mispredict
                count += before == 0 ? 1 : 0;
                text[j] = before + weight * postingWeights[at];
            }
        }
        _textCount = count;
    }

    /// <summary>
    /// Offers the careers met through text. The ranking's size-th best text score, found first, bounds
    /// from below the score the ranking will end with, so a career whose text score is lower by more
    /// than the structured signals can add is never scored in full.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OfferTextMatches(int i)
    {
        var text = _text;
        var met = _textMet;
        var count = _textCount;
        var wText = _weights.Text;

        // The size-th best text score (of careers other than i), kept in a short descending list.
        var top = _topText;
        var size = top.Length;
        var filled = 0;
        for (var k = 0; k < count; k++)
        {
            var j = met[k];
            var value = text[j];
            if (filled == size && value <= top[size - 1]) continue;
            if (j == i) continue;
            var at = filled < size ? filled++ : size - 1;
            while (at > 0 && value > top[at - 1])
            {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = value;
        }

        // The least text score that could still enter the ranking, a hair lower than exact so rounding never skips a tie.
        var need = filled == size ? top[size - 1] - _maxStructured / wText - 1e-9 : double.NegativeInfinity;
        for (var k = 0; k < count; k++)
        {
            var j = met[k];
            if (text[j] < need) continue;
            Offer(i, j);
            if (_bestCount == _best.Length) need = Math.Max(need, (_bestScore[_bestCount - 1] - _maxStructured) / wText - 1e-9);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OfferGroup(int i, int[] members, bool skipSameCategory)
    {
        var category = _facts[i].Category;
        foreach (var j in members)
        {
            if (_text[j] != 0 || _tagMet[j]) continue; // offered already
            if (skipSameCategory && _facts[j].Category == category) continue; // offered by the category pass
            Offer(i, j);
        }
    }

    /// <summary>Whether a candidate scoring at most <paramref name="bound"/> could enter the ranking (a tie may, on site order).</summary>
    private bool CanEnter(double bound) => _bestCount < _best.Length || bound >= _bestScore[_best.Length - 1];

    /// <summary>Scores candidate j in full and keeps it if it is among the best so far.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Offer(int i, int j)
    {
        if (j == i) return;
        var score = Score(i, j);
        if (score <= _threshold) return;
        var size = _best.Length;
        if (_bestCount == size && !Better(score, j, _bestScore[size - 1], _best[size - 1])) return;
        for (var k = 0; k < _bestCount; k++) if (_best[k] == j) return; // the passes are disjoint; this keeps a slip from listing a career twice
        var at = _bestCount < size ? _bestCount++ : size - 1;
        while (at > 0 && Better(score, j, _bestScore[at - 1], _best[at - 1]))
        {
            _best[at] = _best[at - 1];
            _bestScore[at] = _bestScore[at - 1];
            at--;
        }
        _best[at] = j;
        _bestScore[at] = score;
    }

    private static bool Better(double score, int j, double otherScore, int other) => score > otherScore || (score == otherScore && j < other);

    /// <summary>Career j's score as a candidate for career i, from its text score: see <see cref="Score(RelatedWeights, StructuredGroups, int, int, double)"/>.</summary>
    private double Score(int i, int j) => Score(_weights, _groups, i, j, _text[j]);

    /// <summary>Text, tags (Jaccard), category, SOC groups, then education: always summed in this order.</summary>
    public static double Score(RelatedWeights w, StructuredGroups groups, int i, int j, double text)
    {
        ref readonly var mine = ref groups.Facts[i];
        ref readonly var theirs = ref groups.Facts[j];
        var score = w.Text * text;
        if (w.Tags > 0 && mine.TagCount > 0 && theirs.TagCount > 0)
        {
            var shared = StructuredGroups.SharedCount(groups.Tags[i], groups.Tags[j]);
            if (shared > 0) score += w.Tags * shared / (mine.TagCount + theirs.TagCount - shared);
        }
        if (theirs.Category == mine.Category) score += w.Category;
        if (mine.SocMajor >= 0)
        {
            if (theirs.SocMajor == mine.SocMajor) score += w.SocMajor;
            if (theirs.SocMinor == mine.SocMinor) score += w.SocMinor;
        }
        if (w.Education > 0) score += w.Education * StructuredGroups.EducationCloseness(mine.Education, theirs.Education);
        return score;
    }
}
