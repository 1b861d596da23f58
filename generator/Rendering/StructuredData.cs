using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ProfileGen.Model;

namespace ProfileGen.Rendering;

/// <summary>
/// schema.org JSON-LD for search engines, written with System.Text.Json's <see cref="Utf8JsonWriter"/>
/// from the site model (never by string concatenation), escaping '&lt;', '&gt;' and '&amp;' like
/// <see cref="JsonForHtml"/>, so no value can close the script element it is written into. Every
/// value is one the page itself shows. Written straight to UTF-8 rather than through a JSON node
/// tree: every career has one, and the tree was half the cost of the template model.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;
    [ThreadStatic] private static Utf8JsonWriter? _writer;

    /// <summary>
    /// A career page: exactly one <c>Occupation</c> (the page's main entity) and one
    /// <c>BreadcrumbList</c>, in one <c>@graph</c>. Hourly wages keep their unit: the median is the
    /// hourly figure the page shows, with <c>duration</c> PT1H (one hour) instead of P1Y (one year);
    /// converting it to a year would print a number the handbook never published. As UTF-8: the
    /// template model makes it only when a page shows it (<see cref="HtmlString.Lazy"/>).
    /// </summary>
    public static byte[] ProfileUtf8(Profile profile, UrlBuilder urls) => WriteUtf8(json =>
    {
        var permalink = urls.Absolute(profile.Path);
        var meta = profile.Meta;
        StartGraph(json);
        json.WriteStartObject();
        json.WriteString("@type", "Occupation");
        json.WriteString("@id", permalink + "#occupation");
        json.WriteString("name", profile.Title);
        json.WriteString("description", profile.Summary);
        if (meta.CommonNames.Count > 0) Strings(json, "alternateName", meta.CommonNames);
        if (meta.SocCode is { Length: > 0 } soc)
        {
            json.WriteStartObject("occupationalCategory");
            json.WriteString("@type", "CategoryCode");
            json.WriteString("codeValue", soc);
            json.WriteStartObject("inCodeSet");
            json.WriteString("@type", "CategoryCodeSet");
            json.WriteString("name", "Standard Occupational Classification (SOC)");
            json.WriteString("url", "https://www.bls.gov/soc/");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        if (meta.MedianWage is { } wage)
        {
            json.WriteStartObject("estimatedSalary");
            json.WriteString("@type", "MonetaryAmountDistribution");
            json.WriteString("name", "base");
            json.WriteString("currency", "USD");
            json.WriteString("duration", meta.WageUnit == "hour" ? "PT1H" : "P1Y");
            json.WriteNumber("median", wage);
            json.WriteEndObject();
            // The figures are national US statistics; Occupation asks where they apply.
            json.WriteStartObject("occupationLocation");
            json.WriteString("@type", "Country");
            json.WriteString("name", "United States");
            json.WriteEndObject();
        }
        if (meta.Education is { Length: > 0 } education) json.WriteString("educationRequirements", education);
        if (profile.Duties.Count > 0) Strings(json, "responsibilities", profile.Duties);
        json.WriteStartObject("mainEntityOfPage");
        json.WriteString("@type", "WebPage");
        json.WriteString("@id", permalink);
        json.WriteString("url", permalink);
        json.WriteString("name", profile.Title);
        json.WriteString("datePublished", Iso(profile.Date));
        json.WriteString("lastReviewed", Iso(profile.Lastmod));
        json.WriteStartObject("breadcrumb");
        json.WriteString("@id", permalink + "#breadcrumb");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        BreadcrumbList(json, urls, [("Home", "/"), (profile.Category.Name, profile.Category.Path), (profile.Title, profile.Path)], permalink + "#breadcrumb");
        EndGraph(json);
    });

    /// <summary>The home page: the <c>WebSite</c>, with the search page as its <c>SearchAction</c>.</summary>
    public static HtmlString ForHome(string title, string description, UrlBuilder urls) => Write(json =>
    {
        StartGraph(json);
        json.WriteStartObject();
        json.WriteString("@type", "WebSite");
        json.WriteString("@id", urls.Absolute("/") + "#website");
        json.WriteString("name", title);
        json.WriteString("description", description);
        json.WriteString("url", urls.Absolute("/"));
        json.WriteStartObject("potentialAction");
        json.WriteString("@type", "SearchAction");
        json.WriteStartObject("target");
        json.WriteString("@type", "EntryPoint");
        json.WriteString("urlTemplate", urls.Absolute("/search/") + "?q={search_term_string}");
        json.WriteEndObject();
        json.WriteString("query-input", "required name=search_term_string");
        json.WriteEndObject();
        json.WriteEndObject();
        EndGraph(json);
    });

    /// <summary>Any other page with a trail of at least two steps (Home › …): its <c>BreadcrumbList</c>.</summary>
    public static HtmlString? ForTrail(IReadOnlyList<(string Title, string Path)> trail, UrlBuilder urls) =>
        trail.Count < 2 ? null : Write(json =>
        {
            StartGraph(json);
            BreadcrumbList(json, urls, trail, id: null);
            EndGraph(json);
        });

    /// <summary>Home › … › this page, each step with its absolute URL.</summary>
    private static void BreadcrumbList(Utf8JsonWriter json, UrlBuilder urls, IReadOnlyList<(string Title, string Path)> trail, string? id)
    {
        json.WriteStartObject();
        json.WriteString("@type", "BreadcrumbList");
        if (id is not null) json.WriteString("@id", id);
        json.WriteStartArray("itemListElement");
        for (var i = 0; i < trail.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "ListItem");
            json.WriteNumber("position", i + 1);
            json.WriteString("name", trail[i].Title);
            json.WriteString("item", urls.Absolute(trail[i].Path));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void StartGraph(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteStartArray("@graph");
    }

    private static void EndGraph(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>Writes one JSON document into this thread's buffer and keeps it as UTF-8 markup.</summary>
    private static HtmlString Write(Action<Utf8JsonWriter> document) => HtmlString.FromUtf8(WriteUtf8(document));

    private static byte[] WriteUtf8(Action<Utf8JsonWriter> document)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = _writer ??= new Utf8JsonWriter(buffer, Options);
        json.Reset(buffer);
        document(json);
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
