using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;
using ProfileGen.Model;
using ProfileGen.Rendering;

namespace ProfileGen.Build;

/// <summary>
/// The files for machines: sitemap.xml, an Atom feed.xml, robots.txt and the search index. Written with XmlWriter,
/// so they are well-formed whatever the content says; every URL is absolute under the base URL.
/// </summary>
public static class SiteFeeds
{
    private const string SitemapPath = "sitemap.xml", FeedPath = "feed.xml", RobotsPath = "robots.txt";
    private static readonly string SearchIndexPath = SearchIndex.Path.TrimStart('/');

    /// <summary>Where the four files go, in the order <see cref="Files"/> gives them.</summary>
    public static IReadOnlyList<string> Paths { get; } = [SitemapPath, FeedPath, RobotsPath, SearchIndexPath];

    /// <summary>
    /// The four files, or those of them <paramref name="wanted"/> names, in this order. The sitemap and
    /// the search index of a large site take a tenth of a second each, so they are built side by side with the feed.
    /// </summary>
    public static IReadOnlyList<(string Path, ReadOnlyMemory<byte> Bytes)> Files(Site site, IReadOnlyList<PageJob> pages, Func<string, bool>? wanted = null)
    {
        bool Wanted(string path) => wanted?.Invoke(path) ?? true;
        var sitemap = Wanted(SitemapPath) ? Task.Run(() => Sitemap(site, pages)) : null;
        var search = Wanted(SearchIndexPath) ? Task.Run(() =>
        {
            // Straight to UTF-8, sized for the site: a 4 MB index built as a string and then encoded was three large-object allocations.
            var json = new ArrayBufferWriter<byte>(256 + 512 * site.Profiles.Count);
            SearchIndex.Write(site, new Formatter(site.Config.Language), json);
            return json.WrittenMemory;
        }) : null;
        var files = new List<(string, ReadOnlyMemory<byte>)>(Paths.Count);
        if (sitemap is not null) files.Add((SitemapPath, sitemap.GetAwaiter().GetResult()));
        if (Wanted(FeedPath)) files.Add((FeedPath, Feed(site)));
        if (Wanted(RobotsPath)) files.Add((RobotsPath, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute("/" + SitemapPath)}\n")));
        if (search is not null) files.Add((SearchIndexPath, search.GetAwaiter().GetResult()));
        return files;
    }

    /// <summary>
    /// A digest of everything the four files are made from besides the build's global inputs: every
    /// career's card (title, slug, dates, summary, names, wage, category) in title order, every
    /// category and tag object (names and members, so the list of pages), and the date a site without
    /// careers falls back to. An incremental build keeps the files while it is the same.
    /// </summary>
    public static Incremental.Hash128 InputsDigest(Site site, TemplateModel model)
    {
        // The parts' digests first: computing one may use this thread's hash input too.
        var parts = new Incremental.Hash128[site.Profiles.Count + site.Categories.Count + site.Tags.Count];
        var at = 0;
        foreach (var p in site.Profiles) parts[at++] = model.Profiles[p].Hash;
        foreach (var c in site.Categories) parts[at++] = model.Categories[c].Hash;
        foreach (var t in site.Tags) parts[at++] = model.Tags[t].Hash;
        var input = Incremental.HashInput.Start();
        input.Text(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") ?? "");
        input.Long(site.Profiles.Count);
        input.Long(site.Categories.Count);
        input.Long(site.Tags.Count);
        foreach (var part in parts) input.Digest(part);
        return Incremental.ContentHasher.Digest(input.Written);
    }

    public static ReadOnlyMemory<byte> Sitemap(Site site, IReadOnlyList<PageJob> pages)
    {
        // Written dates by path (text, not DateOnly: a dictionary of a struct is code compiled in every build).
        var lastmodByPath = new Dictionary<string, string>(site.Profiles.Count + site.Categories.Count + 1, StringComparer.Ordinal);
        foreach (var p in site.Profiles) lastmodByPath[p.Path] = Iso(p.Lastmod);
        foreach (var category in site.Categories)
        {
            if (category.Profiles.Count == 0) continue;
            var latest = category.Profiles[0].Lastmod;
            foreach (var p in category.Profiles) if (p.Lastmod > latest) latest = p.Lastmod;
            lastmodByPath[category.Path] = Iso(latest);
        }
        if (site.LastUpdated is { } updated) lastmodByPath["/"] = Iso(updated);

        return Write(256 + 128 * pages.Count, xml =>
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages.Where(p => p.OutputPath != "404.html").OrderBy(p => p.OutputPath, StringComparer.Ordinal))
            {
                var path = "/" + page.OutputPath[..^"index.html".Length];
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", site.Urls.Absolute(path));
                if (lastmodByPath.TryGetValue(path, out var lastmod)) xml.WriteElementString("lastmod", lastmod);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    public static ReadOnlyMemory<byte> Feed(Site site)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        var urls = site.Urls;
        return Write(4096, xml =>
        {
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, site.Config.Language);
            xml.WriteElementString("title", atom, Clean(site.Config.Title));
            xml.WriteElementString("subtitle", atom, Clean(site.Config.Description));
            xml.WriteElementString("id", atom, urls.Absolute("/"));
            Link(xml, "alternate", urls.Absolute("/"), "text/html");
            Link(xml, "self", urls.Absolute("/feed.xml"), "application/atom+xml");
            xml.WriteElementString("updated", atom, Timestamp(site.LastUpdated ?? SourceDateEpoch() ?? new DateOnly(1970, 1, 1)));
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, Clean(site.Config.Author ?? site.Config.Title));
            xml.WriteEndElement();
            xml.WriteStartElement("generator", atom);
            xml.WriteString("ProfileGen");
            xml.WriteEndElement();
            foreach (var p in site.RecentlyUpdated.Take(site.Config.FeedCount))
            {
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, Clean(p.Title));
                xml.WriteElementString("id", atom, urls.Absolute(p.Path));
                Link(xml, "alternate", urls.Absolute(p.Path), "text/html");
                xml.WriteElementString("published", atom, Timestamp(p.Date));
                xml.WriteElementString("updated", atom, Timestamp(p.Lastmod));
                xml.WriteStartElement("category", atom);
                xml.WriteAttributeString("term", Clean(p.Category.Name));
                xml.WriteEndElement();
                xml.WriteStartElement("summary", atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Clean(p.Summary));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>
    /// A site without careers has no date of its own; reproducible-build tooling says which one to use
    /// through SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/). Never the clock.
    /// </summary>
    private static DateOnly? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds <= 253402300799
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
            : null;

    /// <summary>Drops characters XML 1.0 cannot hold (control characters, lone surrogates) instead of failing the build.</summary>
    private static string Clean(string text)
    {
        if (!HasInvalid(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { builder.Append(c).Append(text[++i]); continue; }
            if (XmlConvert.IsXmlChar(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool HasInvalid(string text)
    {
        try { XmlConvert.VerifyXmlChars(text); return false; }
        catch (XmlException) { return true; }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateOnly date) => Iso(date) + "T00:00:00Z";

    /// <summary>The document as UTF-8, written into a buffer of about <paramref name="capacity"/> bytes.</summary>
    private static ReadOnlyMemory<byte> Write(int capacity, Action<XmlWriter> body)
    {
        var bytes = new MemoryStream(capacity);
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(false),
        };
        using (var writer = XmlWriter.Create(bytes, settings))
        {
            writer.WriteProcessingInstruction("xml", "version=\"1.0\" encoding=\"utf-8\"");
            body(writer);
        }
        bytes.WriteByte((byte)'\n');
        return bytes.GetBuffer().AsMemory(0, (int)bytes.Length);
    }
}
