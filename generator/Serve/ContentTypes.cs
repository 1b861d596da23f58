using Microsoft.AspNetCore.StaticFiles;

namespace ProfileGen.Serve;

/// <summary>The Content-Type of a site file by its extension (ASP.NET's table), with UTF-8 named for text.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = new();

    public static string For(string sitePath)
    {
        if (!Provider.TryGetContentType(sitePath, out var type)) return "application/octet-stream";
        var isText = type.StartsWith("text/", StringComparison.Ordinal)
                     || type is "application/javascript" or "application/json" or "application/xml" or "image/svg+xml" or "application/manifest+json" or "application/atom+xml";
        return isText ? type + "; charset=utf-8" : type;
    }
}
