namespace ProfileGen.Model.Related;

/// <summary>
/// The structured signals of relatedness: each career's category, SOC major group ("25"), SOC
/// minor group ("25-40"), tags and education level, and the members of each group, so a career
/// only meets the careers it shares something with.
/// </summary>
internal sealed class StructuredGroups
{
    /// <summary>A career's education when it names none.</summary>
    public const int NoEducation = int.MinValue;

    /// <summary>The careers of each group, in site (title) order.</summary>
    public int[][] Members { get; }

    /// <summary>Each career's groups side by side, so scoring a candidate reads one small record.</summary>
    public Fact[] Facts { get; }

    /// <summary>Each career's tag groups, distinct and ascending.</summary>
    public int[][] Tags { get; }

    /// <param name="Category">the category's group</param>
    /// <param name="SocMajor">the SOC major group's group, or -1 without a SOC code</param>
    /// <param name="SocMinor">the SOC minor group's group, or -1 without a SOC code</param>
    /// <param name="Education">a rank on the ladder (0-7), -1 - k for the k-th text off the ladder, or <see cref="NoEducation"/></param>
    /// <param name="TagCount">how many tags</param>
    public readonly record struct Fact(int Category, int SocMajor, int SocMinor, int Education, int TagCount);

    public StructuredGroups(IReadOnlyList<Profile> profiles)
    {
        var n = profiles.Count;
        // One table per kind of group, keyed by the text as it is (no "kind\0key" string made per career and group):
        // a SOC major group ("25") and minor group ("25-40") differ in length, so they share one.
        var categories = new Dictionary<string, int>(StringComparer.Ordinal);
        var tags = new Dictionary<string, int>(StringComparer.Ordinal);
        var soc = new Dictionary<string, int>(StringComparer.Ordinal);
        var socBySpan = soc.GetAlternateLookup<ReadOnlySpan<char>>();
        var members = new List<List<int>>();
        int Join(int g, int i)
        {
            if (g == members.Count) members.Add([]);
            members[g].Add(i);
            return g;
        }
        int Group(Dictionary<string, int> keys, string key, int i)
        {
            if (!keys.TryGetValue(key, out var g)) keys[key] = g = members.Count;
            return Join(g, i);
        }
        int SocGroup(ReadOnlySpan<char> key, int i)
        {
            if (!socBySpan.TryGetValue(key, out var g)) socBySpan[key] = g = members.Count;
            return Join(g, i);
        }

        Func<string, int, int> tagGroup = (slug, i) => Group(tags, slug, i);
        var offLadder = new Dictionary<string, int>(StringComparer.Ordinal);
        // A site names a handful of education levels 10,000 times: each text is placed on the ladder once.
        var ranks = new Dictionary<string, int?>(StringComparer.Ordinal);
        int? Rank(string text) => ranks.TryGetValue(text, out var known) ? known : ranks[text] = EducationLevel.Rank(text);
        Facts = new Fact[n];
        Tags = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var p = profiles[i];
            var category = Group(categories, p.Category.Slug, i);
            int major = -1, minor = -1;
            if (p.Meta.SocCode is { Length: >= 5 } code)
            {
                major = SocGroup(code.AsSpan(0, 2), i);
                minor = SocGroup(code.AsSpan(0, 5), i);
            }
            Tags[i] = TagGroups(p.Tags, i, tagGroup);
            var education = NoEducation;
            if (p.Meta.Education is { } text && Rank(text) is { } rank) education = rank;
            else if (!string.IsNullOrWhiteSpace(p.Meta.Education))
            {
                var key = p.Meta.Education.Trim().ToLowerInvariant();
                if (!offLadder.TryGetValue(key, out var other)) offLadder[key] = other = offLadder.Count;
                education = -1 - other;
            }
            Facts[i] = new Fact(category, major, minor, education, Tags[i].Length);
        }
        Members = members.Select(m => m.ToArray()).ToArray();
    }

    /// <summary>
    /// A career's tag groups, ascending. A loop and an array sort: LINQ's Distinct, Select and
    /// Order over these ints were generic code compiled in every build and run unoptimized, 40 ms of the
    /// serial part of a 10,000-profile build.
    /// </summary>
    private static int[] TagGroups(IReadOnlyList<Tag> tags, int career, Func<string, int, int> group)
    {
        // A career's tags are distinct, and each tag has its own slug (SiteBuilder).
        var groups = new int[tags.Count];
        for (var k = 0; k < tags.Count; k++) groups[k] = group(tags[k].Slug, career);
        Array.Sort(groups);
        return groups;
    }

    /// <summary>How many groups two ascending lists share.</summary>
    public static int SharedCount(int[] a, int[] b)
    {
        int x = 0, y = 0, shared = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                shared++;
                x++;
                y++;
            }
            else if (a[x] < b[y]) x++;
            else y++;
        }
        return shared;
    }

    /// <summary>How close two careers' education is: 1 for the same level, less for levels apart, 0 when either is unknown.</summary>
    public static double EducationCloseness(int a, int b)
    {
        if (a == NoEducation || b == NoEducation) return 0;
        if (a >= 0 && b >= 0) return EducationLevel.Closeness(a, b);
        return a == b ? 1 : 0;
    }
}
