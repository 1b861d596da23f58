using System.Text;
using ProfileGen.Output;

namespace ProfileGen.Serve;

/// <summary>
/// Maps the request target a browser sent to a file of the in-memory site. The site is a
/// dictionary, so nothing outside it can be read anyway; this still rejects every path that tries
/// (dot segments, encoded or not, backslashes, encoded slashes, empty segments, control
/// characters), so a mistake elsewhere cannot turn into a file-disclosure bug. Clean URLs work as
/// on a static host: "/careers/x/" is "careers/x/index.html", and "/careers/x" redirects there.
/// </summary>
public static class RequestPathResolver
{
    /// <param name="rawTarget">The request target exactly as sent ("/careers/x/?q=1"), before any decoding.</param>
    /// <param name="basePath">The site's base path, "/" in serve mode.</param>
    /// <param name="exists">Whether the site has a file at a site path.</param>
    public static RequestResolution Resolve(string rawTarget, string basePath, Func<string, bool> exists)
    {
        var queryAt = rawTarget.IndexOfAny(['?', '#']);
        var rawPath = queryAt >= 0 ? rawTarget[..queryAt] : rawTarget;
        var query = queryAt >= 0 && rawTarget[queryAt] == '?' ? rawTarget[queryAt..] : "";

        if (!rawPath.StartsWith('/') || !IsPlainRaw(rawPath)) return RequestResolution.Missing;
        if (Decode(rawPath) is not { } path || !IsPlainDecoded(path)) return RequestResolution.Missing;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
            return path + "/" == basePath ? new RequestResolution.Redirect(basePath + query) : RequestResolution.Missing;

        var inside = path[basePath.Length..];
        if (inside.Length == 0 || inside.EndsWith('/'))
        {
            var index = inside + "index.html";
            return SitePath.IsSafe(index) && exists(index) ? new RequestResolution.File(index) : RequestResolution.Missing;
        }
        if (!SitePath.IsSafe(inside)) return RequestResolution.Missing;
        if (exists(inside)) return new RequestResolution.File(inside);
        return exists(inside + "/index.html") ? new RequestResolution.Redirect(rawPath + "/" + query) : RequestResolution.Missing;
    }

    /// <summary>The raw path may not hide a separator or a dot segment behind percent-encoding.</summary>
    private static bool IsPlainRaw(string rawPath)
    {
        // Browsers percent-encode everything outside printable ASCII; anything else raw is malformed.
        if (rawPath.Any(c => c <= ' ' || c > '~')) return false;
        if (rawPath.Contains('\\') || rawPath.Contains("//", StringComparison.Ordinal)) return false;
        foreach (var forbidden in new[] { "%2f", "%5c", "%00", "%2e" })
            if (rawPath.Contains(forbidden, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static bool IsPlainDecoded(string path)
    {
        if (path.Contains('\\') || path.Contains(':') || path.Any(char.IsControl)) return false;
        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i] is "." or "..") return false;
            if (segments[i].Length == 0 && i != segments.Length - 1) return false;
        }
        return true;
    }

    /// <summary>Percent-decodes strictly: a malformed escape or invalid UTF-8 is no path at all.</summary>
    private static string? Decode(string rawPath)
    {
        if (!rawPath.Contains('%')) return rawPath;
        var bytes = new List<byte>(rawPath.Length);
        for (var i = 0; i < rawPath.Length; i++)
        {
            var c = rawPath[i];
            if (c == '%')
            {
                if (i + 2 >= rawPath.Length || !Uri.IsHexDigit(rawPath[i + 1]) || !Uri.IsHexDigit(rawPath[i + 2])) return null;
                bytes.Add(Convert.ToByte(rawPath.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)c); // ASCII: IsPlainRaw let nothing else through
            }
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
