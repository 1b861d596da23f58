using System.Text;

namespace ProfileGen.Model;

/// <summary>
/// The one place internal links are made. Site paths ("/careers/x/") become links under the
/// configured base URL ("https://example.org/jobs/guide/" → "/jobs/guide/careers/x/"), so the same
/// site works at a domain root and under a sub-path.
/// </summary>
public sealed class UrlBuilder
{
    public UrlBuilder(string baseUrl)
    {
        var uri = new Uri(baseUrl, UriKind.Absolute);
        Origin = $"{uri.Scheme}://{uri.Authority}";
        BasePath = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
    }

    /// <summary>"https://example.org"</summary>
    public string Origin { get; }

    /// <summary>"/" or "/jobs/guide/"</summary>
    public string BasePath { get; }

    /// <summary>The link for a site path: base path + path, non-ASCII characters percent-encoded.</summary>
    public string Url(string sitePath)
    {
        if (IsExternal(sitePath)) return sitePath;
        return BasePath + Encode(sitePath.TrimStart('/'));
    }

    /// <summary>The absolute URL of a site path, for canonical links, sitemaps and feeds.</summary>
    public string Absolute(string sitePath) => IsExternal(sitePath) ? sitePath : Origin + Url(sitePath);

    private static bool IsExternal(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("//", StringComparison.Ordinal);

    /// <summary>Percent-encodes what may not stand in a URL path; keeps '/', '#', '?', '&', '=' and '%' as written.</summary>
    private static string Encode(string path)
    {
        var needs = false;
        foreach (var c in path)
        {
            if (c > 127 || c <= ' ' || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}') { needs = true; break; }
        }
        if (!needs) return path;
        var builder = new StringBuilder(path.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (b > 127 || c <= ' ' || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}') builder.Append('%').Append(b.ToString("X2"));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
