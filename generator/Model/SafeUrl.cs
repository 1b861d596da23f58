using System.Text.RegularExpressions;

namespace ProfileGen.Model;

/// <summary>Which URLs from content may become links: http, https, mailto and relative ones.</summary>
public static partial class SafeUrl
{
    public static bool IsAllowed(string url)
    {
        // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var match = Scheme().Match(compact);
        if (!match.Success) return true; // relative: "/careers/x/", "../x", "#top", "x.html"
        return match.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto";
    }

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex Scheme();
}
