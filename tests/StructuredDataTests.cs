using System.Text.Json;
using AngleSharp.Dom;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Model;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

/// <summary>What search engines and link previews read: titles, descriptions, canonical URLs, Open Graph and JSON-LD.</summary>
public class StructuredDataTests
{
    private const string Librarians = """
        -- profiles/librarians.md --
        ---
        title: "Librarians & Library Media Specialists"
        date: 2025-09-01
        lastmod: 2025-12-11
        category: "Education, Training & Library"
        soc_code: "25-4022"
        employment: 142200
        employment_year: 2024
        median_wage: 64320
        wage_year: 2024
        growth_rate: 3
        education: "Master's degree"
        common_names: [Catalog Librarian, School Librarian]
        ---
        Librarians choose, organise and lend the collections of a library.

        ## What They Do

        Typical duties:

        - Help patrons find information
        - Build catalogs of the collection

        ## Pay

        - Not a duty
        """;

    private static JsonElement JsonLd(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    private static List<JsonElement> Nodes(JsonElement root, string type) =>
        root.GetProperty("@graph").EnumerateArray().Where(n => n.GetProperty("@type").GetString() == type).ToList();

    [Fact]
    public void Profile_json_ld_parses_and_its_figures_equal_the_front_matter()
    {
        // Given a profile with every figure, built for a site under a sub-path
        var site = TestSite.BuildClean(Librarians, new BuildOptions { BaseUrl = "https://example.org/jobs/" });

        // When its JSON-LD is parsed
        var page = site.Html("careers/librarians/index.html");
        var root = JsonLd(page);
        var occupation = Assert.Single(Nodes(root, "Occupation"));

        // Then each value is the one in the front matter and on the page
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Librarians & Library Media Specialists", occupation.GetProperty("name").GetString());
        Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), occupation.GetProperty("description").GetString());
        Assert.Equal(["Catalog Librarian", "School Librarian"], occupation.GetProperty("alternateName").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("25-4022", occupation.GetProperty("occupationalCategory").GetProperty("codeValue").GetString());
        var salary = occupation.GetProperty("estimatedSalary");
        Assert.Equal("MonetaryAmountDistribution", salary.GetProperty("@type").GetString());
        Assert.Equal(64320m, salary.GetProperty("median").GetDecimal());
        Assert.Equal("USD", salary.GetProperty("currency").GetString());
        Assert.Equal("P1Y", salary.GetProperty("duration").GetString());
        Assert.Equal("Master's degree", occupation.GetProperty("educationRequirements").GetString());
        Assert.Equal(["Help patrons find information", "Build catalogs of the collection"],
            occupation.GetProperty("responsibilities").EnumerateArray().Select(e => e.GetString()));
        var webPage = occupation.GetProperty("mainEntityOfPage");
        Assert.Equal("https://example.org/jobs/careers/librarians/", webPage.GetProperty("@id").GetString());
        Assert.Equal("2025-12-11", webPage.GetProperty("lastReviewed").GetString());
        Assert.Equal(page.QuerySelector(".meta time")!.GetAttribute("datetime"), webPage.GetProperty("lastReviewed").GetString());
    }

    [Fact]
    public void Every_profile_has_exactly_one_occupation_and_one_breadcrumb_list_matching_the_visible_trail()
    {
        var site = TestSite.BuildClean(Librarians + Profile("a", "Alpha", "Health") + Profile("b", "Beta", "Health", "median_wage: 1000"),
            new BuildOptions { BaseUrl = "https://example.org/jobs/" });
        foreach (var path in new[] { "careers/librarians/index.html", "careers/a/index.html", "careers/b/index.html" })
        {
            var page = site.Html(path);
            var root = JsonLd(page);
            Assert.Single(Nodes(root, "Occupation"));
            var crumbs = Assert.Single(Nodes(root, "BreadcrumbList")).GetProperty("itemListElement").EnumerateArray().ToList();
            var visible = page.QuerySelectorAll("nav[aria-label=Breadcrumb] a").ToList();
            Assert.Equal(visible.Select(a => a.TextContent), crumbs.Select(c => c.GetProperty("name").GetString()));
            Assert.Equal(visible.Select(a => "https://example.org" + a.GetAttribute("href")), crumbs.Select(c => c.GetProperty("item").GetString()));
            Assert.Equal([1, 2, 3], crumbs.Select(c => c.GetProperty("position").GetInt32()));
        }
    }

    [Fact]
    public void A_closing_script_tag_in_a_title_cannot_break_out_of_the_json_ld()
    {
        // Given content that tries to end the script element and start its own
        var site = TestSite.BuildClean(Profile("x", "</script><script>alert(1)</script>", "<!-- & </SCRIPT",
            "common_names: [\"</script><img src=x onerror=alert(2)>\"]\neducation: \"<![CDATA[ ]]>\""));

        // When the page is parsed as a browser would
        var page = site.Html("careers/x/index.html");

        // Then there is still exactly one script, it holds the whole JSON, and the JSON says what the author wrote
        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img"));
        var occupation = Assert.Single(Nodes(JsonLd(page), "Occupation"));
        Assert.Equal("</script><script>alert(1)</script>", occupation.GetProperty("name").GetString());
        Assert.Equal("</script><img src=x onerror=alert(2)>", occupation.GetProperty("alternateName")[0].GetString());
        Assert.DoesNotContain("<", page.QuerySelector("script")!.TextContent);
    }

    [Fact]
    public void Hourly_wages_keep_their_unit_as_a_one_hour_duration()
    {
        var site = TestSite.BuildClean(Profile("actors", "Actors", "Arts", "median_wage: 23.33\nwage_unit: hour"));
        var salary = Assert.Single(Nodes(JsonLd(site.Html("careers/actors/index.html")), "Occupation")).GetProperty("estimatedSalary");
        Assert.Equal(23.33m, salary.GetProperty("median").GetDecimal());
        Assert.Equal("PT1H", salary.GetProperty("duration").GetString());
    }

    [Fact]
    public void Fields_a_profile_lacks_are_left_out_rather_than_empty()
    {
        var site = TestSite.BuildClean(Profile("plain", "Plain Career"));
        var occupation = Assert.Single(Nodes(JsonLd(site.Html("careers/plain/index.html")), "Occupation"));
        foreach (var name in new[] { "alternateName", "occupationalCategory", "estimatedSalary", "educationRequirements", "responsibilities" })
            Assert.False(occupation.TryGetProperty(name, out _), name);
    }

    [Fact]
    public void The_home_page_declares_the_website_and_its_search()
    {
        var site = TestSite.BuildClean(Profile("a", "Alpha"), new BuildOptions { BaseUrl = "https://example.org/jobs/" });
        var website = Assert.Single(Nodes(JsonLd(site.Html("index.html")), "WebSite"));
        Assert.Equal("https://example.org/jobs/", website.GetProperty("url").GetString());
        Assert.Equal("https://example.org/jobs/search/?q={search_term_string}",
            website.GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString());
    }

    [Theory]
    [InlineData("## What They Do\n\nIntro.\n\n- Plan lessons\n- Grade *papers*\n\nMore text.\n\n- Not this list", new[] { "Plan lessons", "Grade papers" })]
    [InlineData("## What They Do\n\nIntro.\n\n### Duties\n\nThey typically:\n\n- Repair engines\n\n### Other\n\n- No", new[] { "Repair engines" })]
    [InlineData("## Duties:\n\n- Only one", new[] { "Only one" })]
    [InlineData("## What They Do\n\nNo list here.\n\n## Pay\n\n- $10 an hour", new string[0])]
    [InlineData("## What They Do\n\n### Types of workers\n\n- Welders", new string[0])]
    [InlineData("## What They Do\n\n1. Ordered steps are not duties", new string[0])]
    [InlineData("- A list before any heading", new string[0])]
    public void Duties_are_the_first_bullet_list_under_what_they_do_or_duties(string body, string[] expected)
    {
        var renderer = new MarkdownRenderer(new UrlBuilder("https://example.org/"), unsafeHtml: false);
        Assert.Equal(expected, renderer.Render("x.md", body, 1, new DiagnosticBag()).Duties);
    }

    [Fact]
    public void Every_page_has_its_own_title_description_and_canonical_url_including_list_pages()
    {
        // Given lists long enough to paginate: three careers per category and tag, one per page
        var careers = string.Concat(Enumerable.Range(1, 3).Select(i => Profile($"c{i}", $"Career {i}", "Health", "tags: [care]", body: $"Career {i} does task number {i}.")));
        var site = TestSite.BuildClean(careers + """
            -- profilegen.yml --
            base_url: "https://example.org/"
            pagination: { size: 1 }
            """);

        // When every HTML page's head is read
        var pages = site.Output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) && k != "404.html")
            .Select(k => (Path: k, Doc: site.Html(k))).ToList();

        // Then no two share a title, a description or a canonical URL, and each has its Open Graph tags
        Assert.Contains(pages, p => p.Path == "categories/health/page/3/index.html");
        Assert.Contains(pages, p => p.Path == "tags/care/page/2/index.html");
        foreach (var selector in new[] { "title", "meta[name=description]", "link[rel=canonical]" })
        {
            var values = pages.Select(p => selector == "title" ? p.Doc.Title : p.Doc.QuerySelector(selector)?.GetAttribute(selector.StartsWith("link") ? "href" : "content")).ToList();
            Assert.All(values, v => Assert.False(string.IsNullOrWhiteSpace(v)));
            Assert.True(values.Count == values.Distinct().Count(), $"{selector} repeats: " + string.Join(" | ", values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key)));
        }
        foreach (var (path, doc) in pages)
        {
            Assert.Equal(doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
            Assert.NotNull(doc.QuerySelector("meta[property='og:title']"));
            Assert.NotNull(doc.QuerySelector("meta[property='og:description']"));
            Assert.NotNull(doc.QuerySelector("meta[name='twitter:card']"));
        }
        Assert.Equal("https://example.org/categories/health/page/2/", pages.Single(p => p.Path == "categories/health/page/2/index.html").Doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
