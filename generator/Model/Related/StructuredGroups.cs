namespace ProfileGen.Model.Related;

/// <summary>
/// The structured signals of relatedness, per career: category, SOC major group ("25"), SOC minor
/// group ("25-40"), tags and education level, with the members of each group so a career only
/// meets the careers it shares something with.
/// </summary>
internal sealed class StructuredGroups
{
    /// <summary>The careers of each group, in site (title) order.</summary>
    public int[][] Members { get; }

    /// <summary>Each career's group, or -1 when it has none.</summary>
    public int[] Category { get; }
    public int[] SocMajor { get; }
    public int[] SocMinor { get; }

    /// <summary>Each career's tag groups, distinct.</summary>
    public int[][] Tags { get; }

    /// <summary>Each career's education: a rank on the ladder (0-7), -1 - n for the n-th text off the ladder, or <see cref="NoEducation"/>.</summary>
    public int[] Education { get; }

    public const int NoEducation = int.MinValue;

    public StructuredGroups(IReadOnlyList<Profile> profiles)
    {
        var n = profiles.Count;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        int Group(string key, int i)
        {
            if (!keys.TryGetValue(key, out var g))
            {
                keys[key] = g = members.Count;
                members.Add([]);
            }
            members[g].Add(i);
            return g;
        }

        Category = new int[n];
        SocMajor = new int[n];
        SocMinor = new int[n];
        Education = new int[n];
        Tags = new int[n][];
        var offLadder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var p = profiles[i];
            Category[i] = Group("category\0" + p.Category.Slug, i);
            SocMajor[i] = SocMinor[i] = -1;
            if (p.Meta.SocCode is { Length: >= 5 } soc)
            {
                SocMajor[i] = Group("soc\0" + soc[..2], i);
                SocMinor[i] = Group("soc\0" + soc[..5], i);
            }
            Tags[i] = p.Tags.Select(t => Group("tag\0" + t.Slug, i)).Distinct().ToArray();
            Education[i] = NoEducation;
            if (EducationLevel.Rank(p.Meta.Education) is { } rank) Education[i] = rank;
            else if (!string.IsNullOrWhiteSpace(p.Meta.Education))
            {
                var key = p.Meta.Education.Trim().ToLowerInvariant();
                if (!offLadder.TryGetValue(key, out var other)) offLadder[key] = other = offLadder.Count;
                Education[i] = -1 - other;
            }
        }
        Members = members.Select(m => m.ToArray()).ToArray();
    }

    /// <summary>How close two careers' education is: 1 for the same level, less for levels apart, 0 for unknown.</summary>
    public static double EducationCloseness(int a, int b)
    {
        if (a == NoEducation || b == NoEducation) return 0;
        if (a >= 0 && b >= 0) return EducationLevel.Closeness(a, b);
        return a == b ? 1 : 0;
    }

    /// <summary>Each career's groups side by side, so scoring a candidate reads one small record.</summary>
    public Facts[] Packed() => Enumerable.Range(0, Category.Length)
        .Select(i => new Facts(Category[i], SocMajor[i], SocMinor[i], Education[i], Tags[i].Length)).ToArray();

    public readonly record struct Facts(int Category, int SocMajor, int SocMinor, int Education, int TagCount);
}
