using AngleSharp.Html.Parser;
using ProfileGen.Build;
using ProfileGen.Diagnostics;
using ProfileGen.Model;
using ProfileGen.Rendering;

namespace ProfileGen.Check;

/// <summary>
/// Internal links that lead nowhere. Links in a profile's Markdown body are reported at their line
/// in the profile; every other &lt;a href&gt; of a rendered page that points into the site is
/// reported at the template line that writes it when that line can be found, else at the page's
/// template. A root-relative link outside the base path is broken too: it would leave the site
/// when it is published under a sub-path.
/// </summary>
public static class LinkChecker
{
    public static IReadOnlyList<Diagnostic> Check(Site site, IReadOnlyDictionary<string, byte[]> files, IReadOnlyList<PageJob> pages, TemplateStore templates)
    {
        var written = files.Keys.Concat(pages.Select(p => p.OutputPath)).ToHashSet(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        var brokenInBodies = new HashSet<(string Page, string Target)>();

        foreach (var profile in site.Profiles)
        {
            foreach (var link in profile.BodyLinks)
            {
                if (LinkTarget.SitePath(link.Url, profile.Path) is not { } target || LinkTarget.Exists(target, written)) continue;
                brokenInBodies.Add((profile.Path, target));
                diagnostics.Add(Diagnostic.Error(profile.SourcePath, new SourcePosition(link.Line, link.Column),
                    $"the {(link.IsImage ? "image" : "link")} '{link.Url}' points to no page of the site", Suggest(target, written)));
            }
        }

        var basePath = site.Urls.BasePath;
        var origin = site.Urls.Origin;
        var parser = new HtmlParser();
        var findings = new SortedDictionary<(string File, int Line, int Column, string Href), List<string>>();
        foreach (var page in pages.OrderBy(p => p.OutputPath, StringComparer.Ordinal))
        {
            if (!files.TryGetValue(page.OutputPath, out var bytes)) continue;
            var pagePath = "/" + (page.OutputPath.EndsWith("index.html", StringComparison.Ordinal) ? page.OutputPath[..^"index.html".Length] : page.OutputPath);
            using var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            foreach (var anchor in document.QuerySelectorAll("a[href]"))
            {
                var href = anchor.GetAttribute("href")!.Trim();
                if (href.StartsWith(origin + "/", StringComparison.OrdinalIgnoreCase)) href = href[origin.Length..];
                if (LinkTarget.SitePath(href, basePath + pagePath.TrimStart('/')) is not { } absolute) continue;

                string? problem = null;
                string? target = null;
                if (!absolute.StartsWith(basePath, StringComparison.Ordinal))
                    problem = $"the link '{href}' on {pagePath} leaves the site's base path {basePath}";
                else
                {
                    target = "/" + absolute[basePath.Length..];
                    if (LinkTarget.Exists(target, written) || brokenInBodies.Contains((pagePath, target))) continue;
                    problem = $"the link '{href}' on {pagePath} points to no page of the site";
                }
                var (file, line, column) = Locate(templates, page, href, target);
                var key = (file, line, column, href);
                if (!findings.TryGetValue(key, out var where)) findings[key] = where = [];
                if (where.Count == 0) where.Add(problem);
                where.Add(pagePath);
            }
        }
        foreach (var ((file, line, column, href), where) in findings)
        {
            var pageCount = where.Count - 1;
            var message = where[0] + (pageCount > 1 ? $" (and {pageCount - 1} more pages)" : "");
            var hint = href.StartsWith('/') && !href.StartsWith(basePath, StringComparison.Ordinal)
                ? $"write internal links with the url function, e.g. {{{{ url \"{href}\" }}}}, so they follow the base path"
                : null;
            diagnostics.Add(Diagnostic.Error(file, new SourcePosition(line, column), message, hint));
        }
        return diagnostics;
    }

    /// <summary>The template line that writes a link: the first template of the page (page template, layout, partials) whose text holds the link's path.</summary>
    private static (string File, int Line, int Column) Locate(TemplateStore templates, PageJob page, string href, string? target)
    {
        var candidates = new[] { page.Template, page.Layout }
            .Concat(TemplateStore.AllEmbedded().Select(kv => kv.Key).Concat(templates.OverriddenPaths)
                .Where(p => p.StartsWith("partials/", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal));
        var needles = new[] { target, href }.Where(n => n is { Length: > 1 }).Select(n => n!).Distinct().ToList();
        foreach (var path in candidates)
        {
            if (templates.Text(path) is not { } text) continue;
            foreach (var needle in needles)
            {
                var at = text.IndexOf(needle, StringComparison.Ordinal);
                if (at < 0) continue;
                var line = 1 + text.AsSpan(0, at).Count('\n');
                var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
                if (at > 0 && text[at - 1] == '\n') column = 1;
                return (templates.DisplayPath(path), line, column);
            }
        }
        return (templates.DisplayPath(page.Template), 1, 1);
    }

    private static string? Suggest(string target, IReadOnlySet<string> written)
    {
        var pages = written.Where(f => f.EndsWith("index.html", StringComparison.Ordinal)).Select(f => "/" + f[..^"index.html".Length]);
        var closest = Suggestions.Closest(target.EndsWith('/') ? target : target + "/", pages);
        return closest is null ? null : $"did you mean '{closest}'?";
    }
}
