namespace ProfileGen.Check;

/// <summary>
/// Where an internal link leads inside the site, for the link check: the site path it names
/// ("/careers/x/"), decoded, without query or fragment, and whether the built site has a file there.
/// External links, fragments and other schemes are not checked.
/// </summary>
public static class LinkTarget
{
    /// <summary>
    /// The site path a link names, relative to the site root, or null when it is not a link into
    /// the site. <paramref name="href"/> is as it appears in the page; <paramref name="pagePath"/>
    /// is the linking page's site path ("/careers/x/"), for relative links.
    /// </summary>
    public static string? SitePath(string href, string pagePath)
    {
        href = href.Trim();
        if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("//", StringComparison.Ordinal)) return null;
        var colon = href.IndexOf(':');
        var slash = href.IndexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) return null; // a scheme: http:, mailto:, tel:, javascript:
        var cut = href.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? href[..cut] : href;
        if (path.Length == 0) return null; // "?page=2" or "#x": the page itself
        string resolved;
        try
        {
            resolved = new Uri(new Uri("http://site" + pagePath), path).AbsolutePath;
        }
        catch (UriFormatException)
        {
            return null;
        }
        try
        {
            return Uri.UnescapeDataString(resolved);
        }
        catch (UriFormatException)
        {
            return resolved;
        }
    }

    /// <summary>Whether a site path names a file the build wrote: "/x/" needs x/index.html; "/x" may be a file or a folder with index.html (hosts redirect).</summary>
    public static bool Exists(string sitePath, IReadOnlySet<string> files)
    {
        var inside = sitePath.TrimStart('/');
        if (inside.Length == 0 || inside.EndsWith('/')) return files.Contains(inside + "index.html");
        return files.Contains(inside) || files.Contains(inside + "/index.html");
    }
}
