using ProfileGen.Model;
using ProfileGen.Incremental;
using Scriban.Runtime;

namespace ProfileGen.Rendering;

/// <summary>
/// The site as templates see it: one read-only Scriban object per career, category and tag, shared
/// by every page (related lists, previous/next and categories point at the same objects); a
/// career's members are set when something first reads it. Field names are the README's template reference.
/// </summary>
public sealed class TemplateModel
{
    public SiteDependencyObject Site { get; }
    public IReadOnlyDictionary<Profile, DependencyObject> Profiles { get; }
    public IReadOnlyDictionary<Category, DependencyObject> Categories { get; }
    public IReadOnlyDictionary<Tag, DependencyObject> Tags { get; }

    private readonly Dictionary<string, DependencyObject> _byId;

    /// <summary>What a page recorded under <paramref name="id"/> in an earlier build, as this build has it; null when it no longer exists.</summary>
    public IDependency? Dependency(string id) =>
        id.StartsWith("s:", StringComparison.Ordinal) ? Site.Member(id[2..])
        : id.EndsWith("#body", StringComparison.Ordinal) ? (ById(id.AsSpan(0, id.Length - "#body".Length)) as CareerObject)?.Body
        : id.EndsWith("#relations", StringComparison.Ordinal) ? (ById(id.AsSpan(0, id.Length - "#relations".Length)) as CareerObject)?.Relations
        : _byId.GetValueOrDefault(id);

    /// <summary>An object by the start of a part's id, without making that start a string (20,000 part ids at 10,000 profiles).</summary>
    private DependencyObject? ById(ReadOnlySpan<char> id) => _byId.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id, out var found) ? found : null;

    /// <param name="digests">The previous build's digests of careers (an incremental build), reused for careers built from the same inputs.</param>
    public TemplateModel(Model.Site site, string version, Data.DataMap? data = null, ObjectDigests? digests = null)
    {
        var urls = site.Urls;
        // One object per career, its members set when something first reads it (CareerObject.Materialize).
        var objects = new CareerObject[site.Profiles.Count];
        // Not sized for its members: a rebuild after one edit fills a handful of the 10,000, and room for
        // 38 members each was 16 MB of fresh memory to touch; a filled object grows to its size instead.
        for (var i = 0; i < objects.Length; i++) objects[i] = new CareerObject("p:" + site.Profiles[i].Slug, 0);
        var profiles = new Dictionary<Profile, DependencyObject>(objects.Length);
        for (var i = 0; i < objects.Length; i++) profiles[site.Profiles[i]] = objects[i];
        var categories = site.Categories.ToDictionary(c => c, c => Object("c:" + c.Slug, urls, c.Path, ("name", c.Name), ("title", c.Name), ("slug", c.Slug),
            ("count", c.Profiles.Count), ("median_wage", c.MedianWage), ("total_employment", c.TotalEmployment)));
        var tags = site.Tags.ToDictionary(t => t, t => Object("t:" + t.Slug, urls, t.Path, ("name", t.Name), ("title", t.Name), ("slug", t.Slug), ("count", t.Profiles.Count)));

        foreach (var (category, obj) in categories) obj["pages"] = List(category.Profiles.Select(p => profiles[p]));
        foreach (var (tag, obj) in tags) obj["pages"] = List(tag.Profiles.Select(p => profiles[p]));
        // Every career's trail starts with the same two crumbs as the others of its category: one read-only object each.
        var home = Frozen(Crumb(urls, "Home", "/"));
        var categoryCrumbs = site.Categories.ToDictionary(c => c, c => Frozen(Crumb(urls, c.Name, c.Path)));
        Parallel.For(0, objects.Length, i =>
        {
            var (p, obj) = (site.Profiles[i], objects[i]);
            obj.FillWhenRead(career =>
            {
                FillCareer(career, p, urls);
                career["category"] = categories[p.Category];
                career["tags"] = List(p.Tags.Select(t => tags[t]));
                career["related"] = List(p.Related.Select(r => profiles[r]));
                career["prev"] = p.Prev is null ? null : profiles[p.Prev];
                career["next"] = p.Next is null ? null : profiles[p.Next];
                career["breadcrumbs"] = List([home, categoryCrumbs[p.Category], Crumb(urls, p.Title, p.Path)]);
                // Read-only: a template that assigns to a shared object would make pages depend on render order.
                Freeze(career);
            });
            if (digests is not null && p.SourceKey != default) obj.BuiltFrom(InputsOf(p), digests);
        });

        Site = new SiteDependencyObject
        {
            ["title"] = site.Config.Title,
            ["data"] = Data.ScriptData.From(data ?? new Data.DataMap([], Diagnostics.SourcePosition.Start)),
            ["description"] = site.Config.Description,
            ["base_url"] = site.Config.BaseUrl,
            ["base_path"] = urls.BasePath,
            ["language"] = site.Config.Language,
            ["author"] = site.Config.Author,
            ["generator"] = $"ProfileGen {version}",
            ["pages"] = List(site.Profiles.Select(p => profiles[p])),
            ["categories"] = List(site.Categories.Select(c => categories[c])),
            ["tags"] = List(site.Tags.Select(t => tags[t])),
            ["recent"] = List(site.RecentlyUpdated.Take(site.Config.RecentCount).Select(p => profiles[p])),
            ["median_wage"] = site.MedianWage,
            ["average_growth"] = site.AverageGrowth,
            ["last_updated"] = site.LastUpdated is { } d ? ToDateTime(d) : null,
            ["total_employment"] = site.Profiles.Sum(p => p.Meta.Employment ?? 0),
        };

        // Read-only: a template that assigns to a shared object would make pages depend on render order.
        foreach (var obj in categories.Values.Concat(tags.Values)) Freeze(obj);
        Freeze(Site);

        Profiles = profiles;
        Categories = categories;
        Tags = tags;
        _byId = profiles.Values.Concat(categories.Values).Concat(tags.Values).ToDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// A digest of everything a career's object is built from besides the build's global inputs:
    /// its parse, and the category, tags, related careers and neighbours it shows. Kept next to
    /// <see cref="FillCareer"/> and the relations set above: a field read from anywhere else must be added here.
    /// </summary>
    private static Hash128 InputsOf(Profile p)
    {
        var input = HashInput.Start();
        input.Digest(p.SourceKey);
        input.Text(p.Category.Slug);
        input.Text(p.Category.Name);
        input.Long(p.Tags.Count);
        foreach (var tag in p.Tags)
        {
            input.Text(tag.Slug);
            input.Text(tag.Name);
        }
        input.Long(p.Related.Count);
        foreach (var related in p.Related) input.Text(related.Slug);
        input.Text(p.Prev?.Slug ?? "");
        input.Text(p.Next?.Slug ?? "");
        return ContentHasher.Digest(input.Written);
    }

    public static ScriptObject Crumb(UrlBuilder urls, string title, string path) =>
        new() { ["title"] = title, ["url"] = urls.Url(path) };

    private static void FillCareer(CareerObject career, Profile p, UrlBuilder urls)
    {
        var m = p.Meta;
        Object(career, urls, p.Path,
            ("kind", "profile"),
            ("slug", p.Slug),
            ("title", p.Title),
            ("date", ToDateTime(p.Date)),
            ("lastmod", ToDateTime(p.Lastmod)),
            ("summary", p.Summary),
            ("description", p.Summary),
            ("soc_code", m.SocCode),
            ("employment", m.Employment),
            ("employment_year", m.EmploymentYear),
            ("median_wage", m.MedianWage),
            ("wage_year", m.WageYear),
            ("wage_unit", m.WageUnit),
            ("growth_rate", m.GrowthRate),
            ("growth_period", m.GrowthPeriod),
            ("education", m.Education),
            ("key_takeaways", List(m.KeyTakeaways)),
            ("common_names", List(m.CommonNames)),
            ("sources", List(m.Sources.Select(s => new ScriptObject { ["name"] = s.Name, ["url"] = s.Url }))),
            ("content", HtmlString.FromUtf8(p.ContentUtf8)),
            ("word_count", p.WordCount),
            ("reading_time", p.ReadingMinutes),
            ("draft", m.Draft),
            ("weight", m.Weight),
            ("source_path", p.SourcePath),
            ("params", m.Params.Count == 0 ? NoParams : ParamsObject(m.Params)),
            ("figure_sources", m.FigureSources.Count == 0 ? NoFigureSources : FigureSourcesObject(m.FigureSources)),
            ("duties", List(p.Duties)),
            ("json_ld", HtmlString.Lazy(() => StructuredData.ProfileUtf8(p, urls))));
    }

    /// <summary>What the many careers without params or figure sources share (read-only, so no page can change what another sees).</summary>
    private static readonly ScriptObject NoParams = Frozen(new ScriptObject());
    private static readonly ScriptObject NoFigureSources = FigureSourcesObject(new Dictionary<string, Figures.FigureSource>());

    private static ScriptObject Frozen(ScriptObject obj)
    {
        obj.IsReadOnly = true;
        return obj;
    }

    /// <summary>page.figure_sources.median_wage = { source: "data/ooh-2024.csv" or "front matter", year: 2024 }; absent figures are null.</summary>
    private static ScriptObject FigureSourcesObject(IReadOnlyDictionary<string, Figures.FigureSource> sources)
    {
        var obj = new ScriptObject();
        foreach (var figure in Figures.FigureSource.Figures)
            obj[figure] = sources.TryGetValue(figure, out var s) ? new ScriptObject { ["source"] = s.Source, ["year"] = s.Year, IsReadOnly = true } : null;
        obj.IsReadOnly = true;
        return obj;
    }

    private static DependencyObject Object(string id, UrlBuilder urls, string path, params (string Key, object? Value)[] fields) =>
        Object(new DependencyObject(id), urls, path, fields);

    private static DependencyObject Object(DependencyObject obj, UrlBuilder urls, string path, params (string Key, object? Value)[] fields)
    {
        foreach (var (key, value) in fields) obj[key] = value;
        obj["path"] = path;
        obj["url"] = urls.Url(path);
        obj["permalink"] = urls.Absolute(path);
        return obj;
    }

    private static ScriptObject ParamsObject(IReadOnlyDictionary<string, object?> values)
    {
        var obj = new ScriptObject();
        foreach (var (key, value) in values) obj[key] = Plain(value);
        return obj;
    }

    private static object? Plain(object? value) => value switch
    {
        IDictionary<string, object?> map => ParamsObject(map.AsReadOnly()),
        IEnumerable<object?> list when value is not string => List(list.Select(Plain)),
        _ => value,
    };

    public static ScriptArray List<T>(IEnumerable<T> items)
    {
        // Sized up front when the count is known: ten thousand careers are listed several times over.
        var array = items.TryGetNonEnumeratedCount(out var count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items) array.Add(item);
        return array;
    }

    public static DateTime ToDateTime(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static void Freeze(ScriptObject obj)
    {
        foreach (var value in obj.Values)
        {
            if (value is ScriptArray array) array.IsReadOnly = true;
        }
        obj.IsReadOnly = true;
    }
}
