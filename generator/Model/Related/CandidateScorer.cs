using System.Runtime.CompilerServices;
using ProfileGen.Config;

namespace ProfileGen.Model.Related;

/// <summary>
/// One worker's scoring of one career at a time against the site. Text similarity and shared tags
/// are gathered through inverted lists into dense arrays; then every candidate (a career met through
/// text, a tag, the category or a SOC group) is scored once, in full, and offered to a short ranking.
/// Category and SOC groups add the same weight to all their members, so they need no gathering: a
/// member's share is a comparison of two numbers.
/// </summary>
internal sealed class CandidateScorer
{
    private readonly RelatedWeights _weights;
    private readonly double _threshold;
    private readonly TextVectors? _vectors;
    private readonly TextIndex? _index;
    private readonly StructuredGroups _groups;
    private readonly StructuredGroups.Facts[] _facts;

    /// <summary>The most the structured signals can add to a career met through text, through tags only, or through a group only.</summary>
    private readonly double _maxStructured, _maxWithoutText, _maxGroupOnly;

    private readonly double[] _text;
    private readonly int[] _shared;
    private readonly int[] _textTouched, _sharedTouched;
    private int _textCount, _sharedCount;

    private readonly int[] _best;
    private readonly double[] _bestScore;
    private int _bestCount;

    public CandidateScorer(int n, int count, RelatedWeights weights, double threshold, TextVectors? vectors, TextIndex? index, StructuredGroups groups)
    {
        _weights = weights;
        _threshold = Math.Max(threshold, 1e-12);
        _vectors = vectors;
        _index = index;
        _groups = groups;
        _facts = groups.Packed();
        var w = weights;
        _maxGroupOnly = w.Category + w.SocMajor + w.SocMinor + w.Education;
        _maxWithoutText = _maxGroupOnly + w.Tags;
        _maxStructured = _maxWithoutText;
        _text = new double[n];
        _shared = new int[n];
        _textTouched = new int[n];
        _sharedTouched = new int[n];
        _best = new int[Math.Max(count, 0)];
        _bestScore = new double[Math.Max(count, 0)];
    }

    /// <summary>The best candidates for career i, best first: higher score, then earlier in site order.</summary>
    public ReadOnlySpan<int> Rank(int i)
    {
        _bestCount = 0;
        if (_best.Length == 0) return [];
        if (_vectors is not null && _index is not null && _weights.Text > 0) GatherText(i);
        if (_weights.Tags > 0) GatherTags(i);

        var g = _groups;
        // Each candidate once: text first, then tags not met through text, then groups not met at all.
        // A pass, or a candidate, that cannot beat the last of a full ranking is skipped.
        var wText = _weights.Text;
        for (var k = 0; k < _textCount; k++)
        {
            var j = _textTouched[k];
            if (CanEnter(wText * _text[j] + _maxStructured)) Offer(i, j);
        }
        if (CanEnter(_maxWithoutText))
        {
            for (var k = 0; k < _sharedCount; k++)
            {
                var j = _sharedTouched[k];
                if (_text[j] == 0) Offer(i, j);
            }
        }
        var byCategory = _weights.Category > 0;
        var byMajor = _weights.SocMajor > 0 && g.SocMajor[i] >= 0;
        if (byCategory && CanEnter(_maxGroupOnly)) OfferGroup(i, g.Members[g.Category[i]], skipSameCategory: false);
        if (byMajor && CanEnter(_maxGroupOnly)) OfferGroup(i, g.Members[g.SocMajor[i]], skipSameCategory: byCategory);
        // The minor group lies inside the major group, so it needs a pass of its own only when the major group had none.
        if (_weights.SocMinor > 0 && g.SocMinor[i] >= 0 && !byMajor && CanEnter(_maxGroupOnly))
            OfferGroup(i, g.Members[g.SocMinor[i]], skipSameCategory: byCategory);

        TextMet += _textCount; TagMet += _sharedCount;
        for (var k = 0; k < _textCount; k++) _text[_textTouched[k]] = 0;
        for (var k = 0; k < _sharedCount; k++) _shared[_sharedTouched[k]] = 0;
        _textCount = _sharedCount = 0;
        return _best.AsSpan(0, _bestCount);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GatherText(int i)
    {
        var terms = _vectors!.Terms[i];
        var termWeights = _vectors.Weights[i];
        var start = _index!.Start;
        var docs = _index.Docs;
        var postingWeights = _index.Weights;
        var text = _text;
        var touched = _textTouched;
        var count = _textCount;
        for (var k = 0; k < terms.Length; k++)
        {
            var t = terms[k];
            double w = termWeights[k];
            for (var at = start[t]; at < start[t + 1]; at++)
            {
                var j = docs[at];
                if (text[j] == 0) touched[count++] = j;
                text[j] += w * postingWeights[at];
            }
        }
        _textCount = count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GatherTags(int i)
    {
        var shared = _shared;
        var touched = _sharedTouched;
        var count = _sharedCount;
        foreach (var tag in _groups.Tags[i])
        {
            foreach (var j in _groups.Members[tag])
                if (shared[j]++ == 0) touched[count++] = j;
        }
        _sharedCount = count;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OfferGroup(int i, int[] members, bool skipSameCategory)
    {
        var category = _facts[i].Category;
        foreach (var j in members)
        {
            if (_text[j] != 0 || _shared[j] != 0) continue; // met already
            if (skipSameCategory && _facts[j].Category == category) continue; // offered by the category pass
            Offer(i, j);
        }
    }

    /// <summary>Whether a candidate scoring <paramref name="bound"/> at most could enter the ranking (a tie may, on site order).</summary>
    private bool CanEnter(double bound) => _bestCount < _best.Length || bound >= _bestScore[_best.Length - 1];

    /// <summary>Scores candidate j in full and keeps it if it is among the best so far.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long Offers, TextMet, TagMet;
    private void Offer(int i, int j)
    {
        Offers++;
        if (j == i) return;
        var score = Score(i, j);
        if (score <= _threshold) return;
        var size = _best.Length;
        if (_bestCount == size && !Better(score, j, _bestScore[size - 1], _best[size - 1])) return;
        for (var k = 0; k < _bestCount; k++) if (_best[k] == j) return; // met twice (a text score that rounded to zero)
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

    /// <summary>Text, tags, category, SOC groups, then education, always summed in this order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Score(int i, int j)
    {
        ref readonly var mine = ref _facts[i];
        ref readonly var theirs = ref _facts[j];
        var w = _weights;
        var score = w.Text * _text[j];
        var shared = _shared[j];
        if (shared > 0) score += w.Tags * shared / (mine.TagCount + theirs.TagCount - shared);
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
