using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ProfileGen.Model;

namespace ProfileGen.Rendering;

/// <summary>
/// The search page's index, <c>/search-index.json</c>: per career the fields search looks in (title,
/// common names, category, summary) and what a result shows (category, median wage, link). Links
/// go through the <see cref="UrlBuilder"/>, so they work under a sub-path. Built by a JSON
/// serialiser, careers in title order, so the file is the same for the same input. Pure.
/// </summary>
public static class SearchIndex
{
    public const string Path = "/search-index.json";

    // Non-ASCII letters stay as they are (smaller than \u escapes); '<', '>' and '&' are still
    // escaped, so the file is harmless even if a browser is tricked into reading it as HTML.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Json(Site site, Formatter format)
    {
        var careers = new JsonArray();
        foreach (var p in site.Profiles)
        {
            var entry = new JsonObject
            {
                ["title"] = p.Title,
                ["names"] = new JsonArray(p.Meta.CommonNames.Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
                ["category"] = p.Category.Name,
                ["summary"] = p.Summary,
                ["url"] = site.Urls.Url(p.Path),
            };
            if (p.Meta.MedianWage is { } wage)
                entry["wage"] = format.Money(wage) + (p.Meta.WageUnit == "hour" ? " per hour" : " per year");
            careers.Add(entry);
        }
        return new JsonObject { ["careers"] = careers }.ToJsonString(Options);
    }
}
