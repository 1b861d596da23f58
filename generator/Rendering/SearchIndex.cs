using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ProfileGen.Model;

namespace ProfileGen.Rendering;

/// <summary>
/// The search page's index, <c>/search-index.json</c>: per career the fields search looks in (title,
/// common names, category, summary) and what a result shows (category, median wage, link). Links
/// go through the <see cref="UrlBuilder"/>, so they work under a sub-path. Built by a JSON
/// writer straight to UTF-8, careers in title order, so the file is the same for the same input. Pure.
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

    /// <summary>Writes the index as UTF-8 JSON, one entry after another (no document of 10,000 objects first).</summary>
    public static void Write(Site site, Formatter format, System.Buffers.IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Options.Encoder, Indented = false });
        json.WriteStartObject();
        json.WriteStartArray("careers");
        foreach (var p in site.Profiles)
        {
            json.WriteStartObject();
            json.WriteString("title", p.Title);
            json.WriteStartArray("names");
            foreach (var name in p.Meta.CommonNames) json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteString("category", p.Category.Name);
            json.WriteString("summary", p.Summary);
            json.WriteString("url", site.Urls.Url(p.Path));
            if (p.Meta.MedianWage is { } wage)
                json.WriteString("wage", format.Money(wage) + (p.Meta.WageUnit == "hour" ? " per hour" : " per year"));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
