using ProfileGen.Config;

namespace ProfileGen.Model.Related;

/// <summary>
/// "You Might Also Like", computed once for the whole site. The score of a candidate is
/// text similarity (TF-IDF cosine over title, common names and body, through an inverted index so
/// the cost stays near-linear) plus structured signals: same category, same SOC major and minor
/// group, shared tags (Jaccard) and the same education level, each with a configurable weight.
/// Pinned careers (front matter <c>related:</c>) come first in their given order.
/// </summary>
public sealed class RelatedCareersFinder(RelatedConfig config)
{
    /// <summary>How many of a document's strongest terms take part in matching; bounds the work per document.</summary>
    private const int TermsPerDocument = 48;

    /// <summary>Terms in more than this share of documents say nothing about similarity.</summary>
    private const double MaxDocumentFrequency = 0.25;

    public IReadOnlyList<IReadOnlyList<Profile>> Find(IReadOnlyList<Profile> profiles, IReadOnlyList<IReadOnlyList<Profile>> pinned)
    {
        var n = profiles.Count;
        var vectors = TextVectors.Build(profiles, TermsPerDocument, MaxDocumentFrequency);
        var index = TextVectors.Invert(vectors);
        var groups = new StructuredGroups(profiles);
        var result = new IReadOnlyList<Profile>[n];
        var weights = config.Weights;

        Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, () => new double[n], (i, _, scores) =>
        {
            var touched = new List<int>();
            void Add(int j, double value)
            {
                if (j == i || value == 0) return;
                if (scores[j] == 0) touched.Add(j);
                scores[j] += value;
            }

            if (weights.Text > 0)
            {
                foreach (var (term, weight) in vectors[i])
                    foreach (var (doc, otherWeight) in index[term])
                        Add(doc, weights.Text * weight * otherWeight);
            }
            groups.AddStructured(i, weights, Add);

            var self = profiles[i];
            var list = new List<Profile>(config.Count);
            var seen = new HashSet<Profile> { self };
            foreach (var pin in pinned[i])
            {
                if (list.Count >= Math.Max(config.Count, pinned[i].Count)) break;
                if (seen.Add(pin)) list.Add(pin);
            }
            if (list.Count < config.Count)
            {
                var ranked = touched
                    .Where(j => scores[j] > config.Threshold && scores[j] > 1e-12)
                    .OrderByDescending(j => scores[j])
                    .ThenBy(j => j); // profiles are in title order, so ties go to the first title
                foreach (var j in ranked)
                {
                    if (list.Count >= config.Count) break;
                    if (seen.Add(profiles[j])) list.Add(profiles[j]);
                }
            }
            result[i] = list;
            foreach (var j in touched) scores[j] = 0;
            return scores;
        }, _ => { });
        return result;
    }
}
