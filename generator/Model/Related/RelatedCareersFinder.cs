using System.Collections.Concurrent;
using ProfileGen.Config;

namespace ProfileGen.Model.Related;

/// <summary>
/// "You Might Also Like", computed once for the whole site. The score of a candidate is
/// text similarity (TF-IDF cosine over title, common names, summary and body, through an inverted
/// index so the cost stays near-linear) plus structured signals: same category, same SOC major and
/// minor group, shared tags (Jaccard) and a close education level, each with a configurable weight.
/// Pinned careers (front matter <c>related:</c>) come first in their given order; ties go to the
/// earlier career in title order, so the lists never depend on thread timing.
/// </summary>
public sealed class RelatedCareersFinder(RelatedConfig config)
{
    /// <summary>How many of a career's strongest terms it is matched on; bounds the work per career.</summary>
    private const int TermsPerDocument = 128;

    /// <summary>How many careers a term's posting list keeps at most; bounds the work per term.</summary>
    private const int PostingsPerTerm = 100;

    /// <summary>Terms in more than this share of careers say nothing about similarity.</summary>
    private const double MaxDocumentFrequency = 0.5;

    /// <param name="profiles">The site's careers, in title order (the tie-break).</param>
    /// <param name="pinned">For each career, the careers its front matter pins, in their given order.</param>
    public IReadOnlyList<IReadOnlyList<Profile>> Find(IReadOnlyList<Profile> profiles, IReadOnlyList<IReadOnlyList<Profile>> pinned)
    {
        var n = profiles.Count;
        var weights = config.Weights with
        {
            Text = Tuning.Get("wtext", config.Weights.Text), Category = Tuning.Get("wcat", config.Weights.Category),
            SocMajor = Tuning.Get("wmaj", config.Weights.SocMajor), SocMinor = Tuning.Get("wmin", config.Weights.SocMinor),
            Tags = Tuning.Get("wtags", config.Weights.Tags), Education = Tuning.Get("wedu", config.Weights.Education),
        };
        var timing = Tuning.Get("timing", 0) > 0;
        void Mark(string what) { if (timing) Console.Error.WriteLine($"{what} cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds}"); }
        Mark("start");
        TextVectors? vectors = null;
        TextIndex? index = null;
        if (weights.Text > 0 && config.Count > 0)
        {
            vectors = TextVectors.Build(profiles, TermsPerDocument, MaxDocumentFrequency);
            Mark("vectors");
            index = TextIndex.Build(vectors, PostingsPerTerm);
            Mark("index");
            if (timing)
            {
                long work = 0;
                for (var i = 0; i < n; i++) foreach (var t in vectors.Terms[i]) work += index.Start[t + 1] - index.Start[t];
                Console.Error.WriteLine($"postings {index.Docs.Length} terms/doc {vectors.Terms.Average(x => x.Length):0.0} text adds {work} vocabulary {vectors.TermCount}");
            }
        }
        var groups = new StructuredGroups(profiles);
        var result = new IReadOnlyList<Profile>[n];
        var chunk = Math.Max(1, Math.Min(64, n / (Environment.ProcessorCount * 8)));

        Parallel.ForEach(Partitioner.Create(0, n, chunk),
            () => new CandidateScorer(n, config.Count, weights, config.Threshold, vectors, index, groups),
            (range, _, scorer) =>
            {
                for (var i = range.Item1; i < range.Item2; i++) result[i] = Choose(profiles, i, pinned[i], scorer.Rank(i));
                return scorer;
            }, _ => { });
        Mark("scored");
        if (timing) Console.Error.WriteLine($"offers {CandidateScorer.Offers} textmet {CandidateScorer.TextMet} tagmet {CandidateScorer.TagMet}");
        CandidateScorer.Offers = CandidateScorer.TextMet = CandidateScorer.TagMet = 0;
        return result;
    }

    /// <summary>The pins in their order, then the best candidates not pinned, up to the configured count.</summary>
    private List<Profile> Choose(IReadOnlyList<Profile> profiles, int i, IReadOnlyList<Profile> pins, ReadOnlySpan<int> best)
    {
        var list = new List<Profile>(Math.Max(config.Count, pins.Count));
        foreach (var pin in pins)
            if (pin != profiles[i] && !list.Contains(pin)) list.Add(pin);
        // The best `count` candidates are enough even when some are pinned already: each pin takes a place too.
        foreach (var j in best)
        {
            if (list.Count >= config.Count) break;
            if (!list.Contains(profiles[j])) list.Add(profiles[j]);
        }
        return list;
    }
}
