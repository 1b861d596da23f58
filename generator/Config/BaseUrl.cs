namespace ProfileGen.Config;

/// <summary>Validates and normalises a site base URL: absolute http(s), always ending in '/'.</summary>
public static class BaseUrl
{
    public static string? Normalize(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme is not ("http" or "https")) return null;
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)) return null;
        var path = uri.AbsolutePath;
        if (!path.EndsWith('/')) path += "/";
        return $"{uri.Scheme}://{uri.Authority}{path}";
    }
}
