using System.Globalization;
using ProfileGen.Config;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Model.Related;

namespace ProfileGen.Model;

/// <summary>
/// The Model phase: places parsed profiles in the site. Checks what only the whole site can tell
/// (duplicate slugs, categories or tags whose URLs collide, pins to careers that do not exist),
/// orders everything deterministically and computes related careers and previous/next once.
/// </summary>
public static class SiteBuilder
{
    /// <param name="rankings">The last build's related-careers rankings, and where this build's are kept; null ranks every career.</param>
    public static Site Build(IReadOnlyList<ParsedProfile> parsed, SiteConfig config, DiagnosticBag diagnostics, RankingMemory? rankings = null)
    {
        var urls = new UrlBuilder(config.BaseUrl);
        var culture = CultureInfo.GetCultureInfo(config.Language);
        var titleOrder = TitleComparer(culture);

        var published = parsed.Where(p => config.IncludeDrafts || !p.Meta.Draft).ToList();
        published = RejectDuplicateSlugs(published, diagnostics);

        var careers = published
            .Select(p => new Profile
            {
                SourcePath = p.File,
                Slug = p.Slug,
                Title = p.Meta.Title!,
                Date = p.Meta.Date!.Value,
                Lastmod = p.Meta.Lastmod ?? p.Meta.Date!.Value,
                Meta = p.Meta,
                ContentUtf8 = p.Body.HtmlUtf8,
                Summary = p.Summary,
                WordCount = p.Body.WordCount,
                Duties = p.Body.Duties,
                BodyLinks = p.Body.Links,
                Terms = p.Terms,
                SourceKey = p.SourceKey,
            })
            .ToList();
        // The careers' text is weighed on the thread pool while they are ordered and grouped here, on one core.
        var relatedFinder = new RelatedCareersFinder(config.Related);
        var text = relatedFinder.StartText(careers);
        var profiles = careers.OrderBy(p => p.Title, titleOrder).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();

        // Grouped in file order, so a clash of names is reported at the same file on every machine. The sources
        // are listed in that order, so it is nearly always the careers' own: checked, not sorted again.
        var inFileOrder = IsInFileOrder(careers) ? careers : careers.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        var categories = GroupBy(inFileOrder, p => [p.Meta.Category!], "category", "categories", (name, slug) => new Category(name, slug), diagnostics);
        foreach (var (category, members) in categories)
        {
            category.MedianWage = Statistics.Median(members.Where(p => p.Meta.WageUnit == "year").Select(p => p.Meta.MedianWage));
            category.TotalEmployment = members.Sum(p => p.Meta.Employment ?? 0);
            foreach (var p in members) p.Category = category;
        }
        // Every later order breaks ties by title and slug: each group's members are put in that order by walking
        // the careers in it once, instead of sorting every group (1,000 tags at 10,000 profiles).
        var categoryMembers = InTitleOrder(categories.Keys, profiles, p => [p.Category]);
        foreach (var category in categories.Keys)
        {
            category.Profiles = OrderForPrevNext(categoryMembers[category], config.PrevNextOrder);
            LinkPrevNext(category.Profiles);
        }

        var tags = GroupBy(inFileOrder, p => p.Meta.Tags, "tag", "tags", (name, slug) => new Tag(name, slug), diagnostics);
        var tagsOf = profiles.ToDictionary(p => p, _ => new List<Tag>());
        foreach (var (tag, members) in tags)
        {
            foreach (var p in members) tagsOf[p].Add(tag);
        }
        var tagMembers = InTitleOrder(tags.Keys, profiles, p => tagsOf[p]);
        foreach (var tag in tags.Keys) tag.Profiles = tagMembers[tag];
        // A career is a tag's member once per name it spells that way ("C#" and "C" both reach /tags/c/,
        // an error reported above): each tag once, without a search of the list per tag (20,000 tags on one
        // career made that quadratic).
        foreach (var p in profiles) p.Tags = Distinct(tagsOf[p]);

        var bySlug = profiles.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var pinned = profiles.Select(p => ResolvePins(p, bySlug, diagnostics)).ToList();
        var related = profiles.Count == 0 ? [] : relatedFinder.Find(profiles, pinned, text, rankings);
        for (var i = 0; i < profiles.Count; i++)
        {
            profiles[i].Related = related[i];
            profiles[i].ReleaseText();
        }

        return new Site
        {
            Config = config,
            Urls = urls,
            Profiles = profiles,
            Categories = categories.Keys.OrderBy(c => c.Name, titleOrder).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList(),
            Tags = tags.Keys.OrderBy(t => t.Name, titleOrder).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList(),
            RecentlyUpdated = NewestFirst(profiles),
            MedianWage = Statistics.Median(profiles.Where(p => p.Meta.WageUnit == "year").Select(p => p.Meta.MedianWage)),
            AverageGrowth = Statistics.Mean(profiles.Select(p => p.Meta.GrowthRate)),
        };
    }

    /// <summary>Titles in the site language's alphabetical order, with an ordinal tie-break so the order is total.</summary>
    public static IComparer<string> TitleComparer(CultureInfo culture)
    {
        var compare = culture.CompareInfo;
        return Comparer<string>.Create((a, b) =>
        {
            var c = compare.Compare(a, b, CompareOptions.IgnoreCase);
            return c != 0 ? c : string.CompareOrdinal(a, b);
        });
    }

    private static List<ParsedProfile> RejectDuplicateSlugs(List<ParsedProfile> profiles, DiagnosticBag diagnostics)
    {
        // Nearly always every slug is unique: one set tells, without grouping 10,000 profiles in lists.
        var seen = new HashSet<string>(profiles.Count, StringComparer.Ordinal);
        if (profiles.TrueForAll(p => seen.Add(p.Slug))) return profiles;
        var keep = new List<ParsedProfile>();
        foreach (var group in profiles.GroupBy(p => p.Slug, StringComparer.Ordinal))
        {
            var files = group.OrderBy(p => p.File, StringComparer.Ordinal).ToList();
            if (files.Count == 1)
            {
                keep.Add(files[0]);
                continue;
            }
            foreach (var p in files)
            {
                var others = string.Join(", ", files.Where(o => o != p).Select(o => o.File));
                var at = p.Meta.Positions.GetValueOrDefault("slug", SourcePosition.Start);
                diagnostics.Add(Diagnostic.Error(p.File, at, $"two profiles have the URL /careers/{group.Key}/: this file and {others}",
                    "rename one of the files or give one a different 'slug'"));
            }
        }
        return keep;
    }

    /// <summary>
    /// Groups careers (given in file order) by a name (category, tag). Names that differ only in ways the URL drops
    /// ("C#" and "C") would share a page: that is an error naming both, never a silent merge.
    /// </summary>
    private static Dictionary<T, List<Profile>> GroupBy<T>(List<Profile> profiles, Func<Profile, IReadOnlyList<string>> names, string what, string folder,
        Func<string, string, T> create, DiagnosticBag diagnostics) where T : notnull
    {
        var bySlug = new Dictionary<string, Group<T>>(StringComparer.Ordinal);
        // Thousands of careers share a few hundred names: a name seen before is one lookup (its slug, a Unicode
        // normalization, is made once per name), and its group holds its members.
        var byName = new Dictionary<string, Group<T>>(StringComparer.Ordinal);
        var groups = new List<Group<T>>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            var list = names(p);
            for (var i = 0; i < list.Count; i++)
            {
                var name = list[i];
                if (IndexOf(list, name) < i) continue; // a name a career repeats counts once (its lists are short)
                if (!byName.TryGetValue(name, out var group))
                {
                    var slug = Slug.From(name);
                    if (!bySlug.TryGetValue(slug, out group))
                    {
                        bySlug[slug] = group = new Group<T>(create(name, slug), name, slug, p);
                        groups.Add(group);
                    }
                    byName[name] = group;
                }
                if (group.Name != name && reported.Add(name))
                {
                    var field = what == "category" ? "category" : "tags";
                    diagnostics.Add(Diagnostic.Error(p.SourcePath, p.Meta.Positions.GetValueOrDefault(field, SourcePosition.Start),
                        $"the {what} '{name}' and the {what} '{group.Name}' (in {group.FirstUser.SourcePath}) would share the page /{folder}/{group.Slug}/",
                        $"spell them the same, or rename one so their URLs differ"));
                }
                group.Members.Add(p);
            }
        }
        var members = new Dictionary<T, List<Profile>>(groups.Count);
        foreach (var group in groups) members[group.Item] = group.Members;
        return members;
    }

    /// <summary>The list itself when no tag is in it twice (nearly always), else each tag once, in order.</summary>
    private static List<Tag> Distinct(List<Tag> tags)
    {
        for (var i = 1; i < tags.Count; i++)
            if (tags.IndexOf(tags[i]) < i) return tags.Distinct().ToList();
        return tags;
    }

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == name) return i;
        return -1;
    }

    /// <summary>A category or tag being grouped: the first name that reached its slug, the career that wrote it, its members.</summary>
    private sealed class Group<T>(T item, string name, string slug, Profile firstUser)
    {
        public T Item { get; } = item;
        public string Name { get; } = name;
        public string Slug { get; } = slug;
        public Profile FirstUser { get; } = firstUser;
        public List<Profile> Members { get; } = [];
    }

    /// <param name="members">A category's careers in title order, the tie-break of the other orders (a stable sort keeps it).</param>
    private static List<Profile> OrderForPrevNext(List<Profile> members, string order) => order switch
    {
        "date" => members.OrderBy(p => p.Date).ToList(),
        "weight" => members.OrderBy(p => p.Meta.Weight).ToList(),
        _ => members,
    };

    /// <summary>Each group's careers in the order of <paramref name="profiles"/>, a career as often as <paramref name="groupsOf"/> names the group.</summary>
    private static Dictionary<T, List<Profile>> InTitleOrder<T>(IEnumerable<T> groups, List<Profile> profiles, Func<Profile, IEnumerable<T>> groupsOf) where T : notnull
    {
        var members = groups.ToDictionary(g => g, _ => new List<Profile>());
        foreach (var p in profiles)
            foreach (var group in groupsOf(p)) members[group].Add(p);
        return members;
    }

    private static bool IsInFileOrder(List<Profile> careers)
    {
        for (var i = 1; i < careers.Count; i++)
            if (string.CompareOrdinal(careers[i - 1].SourcePath, careers[i].SourcePath) > 0) return false;
        return true;
    }

    /// <summary>The careers by last update, newest first, ties in title order: one sort of numbers (day, then place in the title order).</summary>
    private static List<Profile> NewestFirst(List<Profile> profiles)
    {
        var keys = new long[profiles.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = ((long)(int.MaxValue - profiles[i].Lastmod.DayNumber) << 32) | (uint)i;
        Array.Sort(keys);
        var newest = new List<Profile>(keys.Length);
        foreach (var key in keys) newest.Add(profiles[(int)(key & uint.MaxValue)]);
        return newest;
    }

    private static void LinkPrevNext(IReadOnlyList<Profile> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Prev = i > 0 ? ordered[i - 1] : null;
            ordered[i].Next = i + 1 < ordered.Count ? ordered[i + 1] : null;
        }
    }

    private static IReadOnlyList<Profile> ResolvePins(Profile p, Dictionary<string, Profile> bySlug, DiagnosticBag diagnostics)
    {
        var pins = new List<Profile>();
        foreach (var (slug, at) in p.Meta.Related)
        {
            if (bySlug.TryGetValue(slug, out var target))
            {
                if (target != p && !pins.Contains(target)) pins.Add(target);
                else if (target == p) diagnostics.Add(Diagnostic.Warning(p.SourcePath, at, $"'related' lists this career itself ('{slug}'); it is skipped"));
            }
            else
            {
                var suggestion = Suggestions.Closest(slug, bySlug.Keys);
                diagnostics.Add(Diagnostic.Warning(p.SourcePath, at, $"'related' names '{slug}', but no career has that slug; it is skipped",
                    suggestion is null ? "use the file name of another profile, without .md" : $"did you mean '{suggestion}'?"));
            }
        }
        return pins;
    }
}
