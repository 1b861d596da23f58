using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Model;
using ProfileGen.Rendering;
using Scriban.Runtime;

namespace ProfileGen.Serve;

/// <summary>
/// The dev server's fast answer to the commonest save on a large site: a profile whose body changed
/// and whose front matter did not. Its page is rendered again from the previous build's <c>page</c>
/// object with the fields the body feeds replaced (content, word count, reading time, duties, and
/// the summary when it comes from the first paragraph), without rebuilding the site model. What
/// the body also moves elsewhere (related careers by text, the JSON-LD, other pages' cards) comes
/// with the full rebuild that always follows; the preview only lets the author see the edit first.
/// </summary>
public static class BodyPreview
{
    /// <summary>
    /// The page objects to preview, by site path, or null when the change needs the full rebuild:
    /// a front matter that changed, a new or unpublished profile, a body with errors.
    /// </summary>
    /// <param name="current">The build being served.</param>
    /// <param name="texts">The changed profiles' new text, by site-relative path.</param>
    public static IReadOnlyDictionary<string, ScriptObject>? Pages(Generation current, IReadOnlyDictionary<string, string> texts)
    {
        if (current.Result?.Site is not { } site || texts.Count == 0) return null;
        var pages = new Dictionary<string, ScriptObject>(StringComparer.Ordinal);
        foreach (var (path, text) in texts)
        {
            var before = current.Source.Profiles.FirstOrDefault(p => p.Path == path);
            var profile = site.Profiles.FirstOrDefault(p => p.SourcePath == path);
            if (before is null || profile is null) return null;

            var bag = new DiagnosticBag();
            var oldSplit = FrontMatterSplitter.Split(before, bag);
            var newSplit = FrontMatterSplitter.Split(new SourceFile(path, text), bag);
            if (oldSplit is null || newSplit is null || oldSplit.Yaml != newSplit.Yaml || oldSplit.BodyFirstLine != newSplit.BodyFirstLine) return null;

            var body = new MarkdownRenderer(site.Urls, site.Config.UnsafeHtml).Render(path, newSplit.Body, newSplit.BodyFirstLine, bag);
            if (bag.HasErrors) return null;

            var sitePath = profile.Path.TrimStart('/') + "index.html";
            if (current.PageData(sitePath) is not { } page) return null;
            pages[sitePath] = WithBody(page, profile, body);
        }
        return pages;
    }

    /// <summary>A copy of a career's page object with the body's fields replaced (the rules of <see cref="SiteBuilder"/> and <see cref="TemplateModel"/>).</summary>
    private static ScriptObject WithBody(ScriptObject page, Profile profile, RenderedMarkdown body)
    {
        var copy = new ScriptObject();
        if (page is Incremental.DependencyObject career) career.Materialize();
        foreach (var (key, value) in page) copy[key] = value;
        var reading = new Profile
        {
            SourcePath = profile.SourcePath, Slug = profile.Slug, Title = profile.Title, Date = profile.Date, Lastmod = profile.Lastmod, Meta = profile.Meta,
            ContentUtf8 = body.HtmlUtf8, Summary = profile.Summary, WordCount = body.WordCount,
        };
        copy["content"] = HtmlString.FromUtf8(body.HtmlUtf8);
        copy["word_count"] = body.WordCount;
        copy["reading_time"] = reading.ReadingMinutes;
        if (copy.ContainsKey("duties")) copy["duties"] = TemplateModel.List(body.Duties);
        if (string.IsNullOrWhiteSpace(profile.Meta.Summary))
        {
            copy["summary"] = body.FirstParagraph;
            copy["description"] = body.FirstParagraph;
        }
        copy.IsReadOnly = true;
        return copy;
    }
}
