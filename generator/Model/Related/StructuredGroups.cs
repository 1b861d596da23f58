using ProfileGen.Config;

namespace ProfileGen.Model.Related;

/// <summary>
/// The structured signals of relatedness, as inverted lists so a career only meets careers it
/// shares something with: category, SOC major group ("25"), SOC minor group ("25-40"), tags and
/// education level.
/// </summary>
internal sealed class StructuredGroups
{
    private readonly IReadOnlyList<Profile> _profiles;
    private readonly Dictionary<string, List<int>> _byCategory = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySocMajor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _bySocMinor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byEducation = new(StringComparer.OrdinalIgnoreCase);

    public StructuredGroups(IReadOnlyList<Profile> profiles)
    {
        _profiles = profiles;
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            Add(_byCategory, p.Category.Slug, i);
            if (p.Meta.SocCode is { Length: >= 5 } soc)
            {
                Add(_bySocMajor, soc[..2], i);
                Add(_bySocMinor, soc[..5], i);
            }
            foreach (var tag in p.Tags) Add(_byTag, tag.Slug, i);
            if (p.Meta.Education is { } education) Add(_byEducation, education, i);
        }
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int i)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(i);
    }

    public void AddStructured(int i, RelatedWeights weights, Action<int, double> add)
    {
        var p = _profiles[i];
        if (weights.Category > 0) foreach (var j in _byCategory[p.Category.Slug]) add(j, weights.Category);
        if (p.Meta.SocCode is { Length: >= 5 } soc)
        {
            if (weights.SocMajor > 0) foreach (var j in _bySocMajor[soc[..2]]) add(j, weights.SocMajor);
            if (weights.SocMinor > 0) foreach (var j in _bySocMinor[soc[..5]]) add(j, weights.SocMinor);
        }
        if (weights.Education > 0 && p.Meta.Education is { } education)
            foreach (var j in _byEducation[education]) add(j, weights.Education);
        if (weights.Tags > 0 && p.Tags.Count > 0)
        {
            // Jaccard overlap of tag sets, spread over the shared tags.
            var shared = new Dictionary<int, int>();
            foreach (var tag in p.Tags)
                foreach (var j in _byTag[tag.Slug])
                    if (j != i) shared[j] = shared.GetValueOrDefault(j) + 1;
            foreach (var (j, count) in shared)
            {
                var union = p.Tags.Count + _profiles[j].Tags.Count - count;
                add(j, weights.Tags * count / union);
            }
        }
    }
}
