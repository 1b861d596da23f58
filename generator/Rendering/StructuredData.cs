using System.Globalization;
using System.Text.Json.Nodes;
using ProfileGen.Model;

namespace ProfileGen.Rendering;

/// <summary>
/// schema.org JSON-LD for search engines, built as JSON nodes from the site model (never by string
/// concatenation) and serialised by <see cref="JsonForHtml"/>, so no value can close the script
/// element it is written into. Every value is one the page itself shows.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    /// <summary>
    /// A career page: exactly one <c>Occupation</c> (the page's main entity) and one
    /// <c>BreadcrumbList</c>, in one <c>@graph</c>. Hourly wages keep their unit: the median is the
    /// hourly figure the page shows, with <c>duration</c> PT1H (one hour) instead of P1Y (one year);
    /// converting it to a year would print a number the handbook never published.
    /// </summary>
    public static JsonObject ForProfile(Profile profile, UrlBuilder urls)
    {
        var permalink = urls.Absolute(profile.Path);
        var meta = profile.Meta;
        var occupation = new JsonObject
        {
            ["@type"] = "Occupation",
            ["@id"] = permalink + "#occupation",
            ["name"] = profile.Title,
            ["description"] = profile.Summary,
        };
        if (meta.CommonNames.Count > 0) occupation["alternateName"] = Array(meta.CommonNames);
        if (meta.SocCode is { Length: > 0 } soc)
        {
            occupation["occupationalCategory"] = new JsonObject
            {
                ["@type"] = "CategoryCode",
                ["codeValue"] = soc,
                ["inCodeSet"] = new JsonObject
                {
                    ["@type"] = "CategoryCodeSet",
                    ["name"] = "Standard Occupational Classification (SOC)",
                    ["url"] = "https://www.bls.gov/soc/",
                },
            };
        }
        if (meta.MedianWage is { } wage)
        {
            occupation["estimatedSalary"] = new JsonObject
            {
                ["@type"] = "MonetaryAmountDistribution",
                ["name"] = "base",
                ["currency"] = "USD",
                ["duration"] = meta.WageUnit == "hour" ? "PT1H" : "P1Y",
                ["median"] = wage,
            };
            // The figures are national US statistics; Occupation asks where they apply.
            occupation["occupationLocation"] = new JsonObject { ["@type"] = "Country", ["name"] = "United States" };
        }
        if (meta.Education is { Length: > 0 } education) occupation["educationRequirements"] = education;
        if (profile.Duties.Count > 0) occupation["responsibilities"] = Array(profile.Duties);
        occupation["mainEntityOfPage"] = new JsonObject
        {
            ["@type"] = "WebPage",
            ["@id"] = permalink,
            ["url"] = permalink,
            ["name"] = profile.Title,
            ["datePublished"] = Iso(profile.Date),
            ["lastReviewed"] = Iso(profile.Lastmod),
            ["breadcrumb"] = new JsonObject { ["@id"] = permalink + "#breadcrumb" },
        };

        var trail = new[] { ("Home", "/"), (profile.Category.Name, profile.Category.Path), (profile.Title, profile.Path) };
        return Graph(occupation, BreadcrumbList(urls, trail, permalink + "#breadcrumb"));
    }

    /// <summary>The home page: the <c>WebSite</c>, with the search page as its <c>SearchAction</c>.</summary>
    public static JsonObject ForHome(string title, string description, UrlBuilder urls) => Graph(new JsonObject
    {
        ["@type"] = "WebSite",
        ["@id"] = urls.Absolute("/") + "#website",
        ["name"] = title,
        ["description"] = description,
        ["url"] = urls.Absolute("/"),
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = urls.Absolute("/search/") + "?q={search_term_string}",
            },
            ["query-input"] = "required name=search_term_string",
        },
    });

    /// <summary>Any other page with a trail of at least two steps (Home › …): its <c>BreadcrumbList</c>.</summary>
    public static JsonObject? ForTrail(IReadOnlyList<(string Title, string Path)> trail, UrlBuilder urls) =>
        trail.Count < 2 ? null : Graph(BreadcrumbList(urls, trail, id: null));

    /// <summary>Home › … › this page, each step with its absolute URL.</summary>
    public static JsonObject BreadcrumbList(UrlBuilder urls, IReadOnlyList<(string Title, string Path)> trail, string? id)
    {
        var items = new JsonArray();
        for (var i = 0; i < trail.Count; i++)
        {
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = trail[i].Title,
                ["item"] = urls.Absolute(trail[i].Path),
            });
        }
        var list = new JsonObject { ["@type"] = "BreadcrumbList" };
        if (id is not null) list["@id"] = id;
        list["itemListElement"] = items;
        return list;
    }

    private static JsonObject Graph(params JsonObject?[] nodes) => new()
    {
        ["@context"] = Context,
        ["@graph"] = new JsonArray(nodes.Where(n => n is not null).Select(n => (JsonNode)n!).ToArray()),
    };

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
