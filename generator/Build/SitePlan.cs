using ProfileGen.Incremental;
using ProfileGen.Model;
using ProfileGen.Rendering;
using Scriban.Runtime;

namespace ProfileGen.Build;

/// <summary>
/// Every page of the site and the template that renders it. The URL scheme of DESIGN.md lives
/// here: "/careers/&lt;slug&gt;/" is written as "careers/&lt;slug&gt;/index.html".
/// </summary>
public static class SitePlan
{
    public const string DefaultLayout = "layouts/base.html";

    public static IReadOnlyList<PageJob> Pages(Site site)
    {
        var urls = site.Urls;
        var jobs = new List<PageJob>
        {
            new("index.html", "home.html", DefaultLayout, null, m => Home(site)),
            new("categories/index.html", "categories.html", DefaultLayout, null,
                m => Page(urls, "categories", "Career categories", $"All {site.Categories.Count} occupational groups of {site.Config.Title}, with the number of careers in each.", "/categories/", [("Categories", "/categories/")])),
            new("tags/index.html", "tags.html", DefaultLayout, null,
                m => Page(urls, "tags", "Tags", $"Every tag used on {site.Config.Title}.", "/tags/", [("Tags", "/tags/")])),
            new("careers/index.html", "careers.html", DefaultLayout, null,
                m => WithLetters(Page(urls, "careers", "All careers A–Z", $"An A–Z index of all {site.Profiles.Count} careers on {site.Config.Title}.", "/careers/", [("Careers A–Z", "/careers/")]), site, m)),
            new("404.html", "404.html", DefaultLayout, null, m => Page(urls, "404", "Page not found", "The page you were looking for does not exist.", "/404.html", [])),
            new("search/index.html", "search.html", DefaultLayout, null,
                m => Page(urls, "search", "Search careers", $"Search the {site.Profiles.Count} careers of {site.Config.Title} by title, common job title, category or summary.", "/search/", [("Search", "/search/")])),
        };

        foreach (var profile in site.Profiles)
        {
            var layout = profile.Meta.Layout is { Length: > 0 } l ? $"layouts/{l}.html" : DefaultLayout;
            jobs.Add(new($"careers/{profile.Slug}/index.html", "profile.html", layout, profile.SourcePath, m => m.Profiles[profile]));
        }

        foreach (var category in site.Categories)
        {
            jobs.AddRange(Paginated(site, category.Profiles, "category.html", new ListOf("category", category.Name,
                $"{category.Profiles.Count} careers in {category.Name}: what they do, what they earn and how to enter them.",
                category.Path, [("Categories", "/categories/"), (category.Name, category.Path)], m => m.Categories[category])));
        }

        foreach (var tag in site.Tags)
        {
            jobs.AddRange(Paginated(site, tag.Profiles, "tag.html", new ListOf("tag", $"Careers tagged “{tag.Name}”",
                $"{tag.Profiles.Count} careers tagged {tag.Name}.", tag.Path, [("Tags", "/tags/"), (tag.Name, tag.Path)], m => m.Tags[tag])));
        }
        return jobs;
    }

    /// <summary>
    /// What a list page (a category's, a tag's) is made of besides its slice of the list: its page
    /// object and its digest for an incremental build both come from these values only, so a value
    /// added here is in both. <paramref name="Kind"/> is also the member that holds <paramref name="Object"/>.
    /// </summary>
    private sealed record ListOf(string Kind, string Title, string Description, string Path, (string Title, string Path)[] Trail, Func<TemplateModel, DependencyObject> Object);

    /// <summary>The templates a build of this site uses, parsed up front so every syntax error is reported.</summary>
    public static IEnumerable<string> TemplatePaths(Site site, TemplateStore store) =>
        SharedTemplatePaths(store).Concat(site.Profiles.Select(p => p.Meta.Layout).Where(l => !string.IsNullOrEmpty(l)).Distinct().Select(l => $"layouts/{l}.html"));

    /// <summary>The templates every site uses and the site's own, known before its profiles are (the rest are layouts profiles ask for).</summary>
    public static IEnumerable<string> SharedTemplatePaths(TemplateStore store) =>
        new[] { "home.html", "categories.html", "tags.html", "careers.html", "404.html", "search.html", "profile.html", "category.html", "tag.html", DefaultLayout }
            .Concat(store.OverriddenPaths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)));

    /// <summary>
    /// A list page split into pages of <c>pagination.size</c>: the first at the list's own path, the
    /// rest at "…/page/2/". Each receives <c>page.pages</c> (its slice) and <c>page.pager</c>.
    /// </summary>
    private static IEnumerable<PageJob> Paginated(Site site, IReadOnlyList<Profile> items, string template, ListOf list)
    {
        var size = site.Config.PaginationSize;
        var total = Math.Max(1, (items.Count + size - 1) / size);
        var path = list.Path;
        string PathOf(int n) => n == 1 ? path : $"{path}page/{n}/";
        for (var n = 1; n <= total; n++)
        {
            var number = n;
            var output = PathOf(number).TrimStart('/') + "index.html";
            // The rest of the page (URLs, the pager's links) follows from these and the build's global inputs.
            Hash128 Inputs(TemplateModel m)
            {
                var input = HashInput.Start();
                input.Text(list.Kind);
                input.Text(list.Title);
                input.Text(list.Description);
                input.Text(list.Path);
                input.Long(list.Trail.Length);
                foreach (var (title, at) in list.Trail)
                {
                    input.Text(title);
                    input.Text(at);
                }
                input.Text(list.Object(m).Id);
                input.Long(number);
                input.Long(total);
                var slice = Math.Min(size, items.Count - (number - 1) * size);
                input.Long(slice);
                for (var i = (number - 1) * size; i < (number - 1) * size + slice; i++) input.Text(m.Profiles[items[i]].Id);
                return ContentHasher.Digest(input.Written);
            }
            yield return new PageJob(output, template, DefaultLayout, null, m =>
            {
                var page = Page(site.Urls, list.Kind, list.Title, list.Description, list.Path, list.Trail);
                page[list.Kind] = list.Object(m);
                page["pages"] = TemplateModel.List(items.Skip((number - 1) * size).Take(size).Select(p => m.Profiles[p]));
                page["pager"] = Pager(site.Urls, number, total, PathOf);
                if (number > 1)
                {
                    // Each page of a list is its own search result: its title and description say which page it is.
                    page["title"] = $"{page["title"]} (page {number} of {total})";
                    page["description"] = $"{page["description"]} Page {number} of {total}.";
                    page["path"] = PathOf(number);
                    page["url"] = site.Urls.Url(PathOf(number));
                    page["permalink"] = site.Urls.Absolute(PathOf(number));
                }
                return page;
            }, Inputs);
        }
    }

    private static ScriptObject Pager(UrlBuilder urls, int number, int total, Func<int, string> pathOf)
    {
        // A loop, not Enumerable.Range(...).Select: LINQ's range iterator is compiled in every build and ran unoptimized here.
        var pages = new List<ScriptObject>(total);
        for (var i = 1; i <= total; i++) pages.Add(new ScriptObject { ["number"] = i, ["url"] = urls.Url(pathOf(i)), ["current"] = i == number });
        return new ScriptObject
        {
            ["page_number"] = number,
            ["total_pages"] = total,
            ["has_prev"] = number > 1,
            ["has_next"] = number < total,
            ["prev_url"] = number > 1 ? urls.Url(pathOf(number - 1)) : null,
            ["next_url"] = number < total ? urls.Url(pathOf(number + 1)) : null,
            ["first_url"] = urls.Url(pathOf(1)),
            ["last_url"] = urls.Url(pathOf(total)),
            ["pages"] = TemplateModel.List(pages),
        };
    }

    private static ScriptObject WithLetters(ScriptObject page, Site site, TemplateModel model)
    {
        // Group by the first letter as readers see it: "Ärzte" under A, digits and symbols under "#".
        var groups = site.Profiles
            .GroupBy(p => Letter(p.Title))
            .OrderBy(g => g.Key == "#" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ScriptObject
            {
                ["letter"] = g.Key,
                ["id"] = g.Key == "#" ? "other" : "letter-" + Slug.From(g.Key),
                ["pages"] = TemplateModel.List(g.Select(p => model.Profiles[p])),
            });
        page["letters"] = TemplateModel.List(groups);
        return page;
    }

    private static string Letter(string title)
    {
        var first = title.Normalize(System.Text.NormalizationForm.FormD).FirstOrDefault(char.IsLetterOrDigit);
        return first != default && char.IsLetter(first) ? char.ToUpperInvariant(first).ToString() : "#";
    }

    private static ScriptObject Home(Site site)
    {
        var page = Page(site.Urls, "home", site.Config.Title, site.Config.Description, "/", []);
        page["json_ld"] = StructuredData.ForHome(site.Config.Title, site.Config.Description, site.Urls);
        return page;
    }

    private static ScriptObject Page(UrlBuilder urls, string kind, string title, string description, string path, (string Title, string Path)[] trail)
    {
        (string Title, string Path)[] steps = [("Home", "/"), .. trail];
        var crumbs = steps.Select(t => TemplateModel.Crumb(urls, t.Title, t.Path)).ToList();
        return new ScriptObject
        {
            ["json_ld"] = StructuredData.ForTrail(steps, urls),
            ["kind"] = kind,
            ["title"] = title,
            ["description"] = description,
            ["path"] = path,
            ["url"] = urls.Url(path),
            ["permalink"] = urls.Absolute(path),
            ["breadcrumbs"] = kind == "home" ? new ScriptArray() : TemplateModel.List(crumbs),
        };
    }
}
