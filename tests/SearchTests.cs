using System.Text.Json;
using System.Xml.Linq;
using ProfileGen.Build;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

/// <summary>The search page and the index its script reads. The script itself is exercised in a browser test.</summary>
public class SearchTests
{
    private static readonly string Careers =
        Profile("librarians", "Librarians", "Education, Training & Library",
            "common_names: [Catalog Librarian, School Librarian]\nmedian_wage: 64320\nsummary: \"Librarians help people find information.\"") +
        Profile("actors", "Actors", "Arts & Media", "median_wage: 23.33\nwage_unit: hour") +
        Profile("poets", "Poets", "Arts & Media");

    private static JsonElement Index(TestSite site) => JsonDocument.Parse(site.File("search-index.json")).RootElement;

    private static JsonElement Career(TestSite site, string title) =>
        Index(site).GetProperty("careers").EnumerateArray().Single(c => c.GetProperty("title").GetString() == title);

    [Fact]
    public void The_index_holds_each_careers_common_names_category_summary_wage_and_link()
    {
        var site = TestSite.BuildClean(Careers);
        var librarians = Career(site, "Librarians");
        Assert.Equal(["Catalog Librarian", "School Librarian"], librarians.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("Education, Training & Library", librarians.GetProperty("category").GetString());
        Assert.Equal("Librarians help people find information.", librarians.GetProperty("summary").GetString());
        Assert.Equal("$64,320 per year", librarians.GetProperty("wage").GetString());
        Assert.Equal("/careers/librarians/", librarians.GetProperty("url").GetString());
        Assert.Equal("$23.33 per hour", Career(site, "Actors").GetProperty("wage").GetString());
        Assert.False(Career(site, "Poets").TryGetProperty("wage", out _));
        Assert.Equal(["Actors", "Librarians", "Poets"], Index(site).GetProperty("careers").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
    }

    [Fact]
    public void Under_a_sub_path_the_page_finds_the_index_and_the_index_links_work()
    {
        var site = TestSite.BuildClean(Careers, new BuildOptions { BaseUrl = "https://example.org/jobs/guide/" });
        var page = site.Html("search/index.html");
        Assert.Equal("/jobs/guide/search-index.json", page.QuerySelector("form[role=search]")!.GetAttribute("data-index"));
        Assert.Equal("/jobs/guide/search/", page.QuerySelector("form[role=search]")!.GetAttribute("action"));
        Assert.Equal("/jobs/guide/careers/librarians/", Career(site, "Librarians").GetProperty("url").GetString());
        var script = page.QuerySelector("script[src]")!.GetAttribute("src")!;
        Assert.Matches(@"^/jobs/guide/assets/search\.[0-9a-f]{10}\.js$", script);
        Assert.NotNull(site.Output.Text(script["/jobs/guide/".Length..]));
    }

    [Fact]
    public void The_search_page_has_a_labelled_search_box_a_live_result_count_and_a_way_without_javascript()
    {
        var page = TestSite.BuildClean(Careers).Html("search/index.html");
        var form = page.QuerySelector("form[role=search]")!;
        var input = form.QuerySelector("input[type=search]")!;
        Assert.Equal("q", input.GetAttribute("name"));
        Assert.NotNull(form.QuerySelector($"label[for={input.Id}]"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        var status = page.QuerySelector("#search-status")!;
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.NotNull(page.QuerySelector("ol#search-results"));
        var noscript = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + page.QuerySelector("noscript")!.InnerHtml);
        Assert.Equal("/careers/", noscript.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("JavaScript", noscript.Body!.TextContent);
    }

    [Fact]
    public void Every_page_links_the_search_page_which_is_in_the_sitemap()
    {
        var site = TestSite.BuildClean(Careers, new BuildOptions { BaseUrl = "https://example.org/" });
        foreach (var path in new[] { "index.html", "careers/actors/index.html", "404.html" })
            Assert.Contains(site.Html(path).QuerySelectorAll("nav[aria-label=Main] a"), a => a.GetAttribute("href") == "/search/");
        Assert.Equal("page", site.Html("search/index.html").QuerySelector("nav[aria-label=Main] a[href='/search/']")!.GetAttribute("aria-current"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Contains("https://example.org/search/", XDocument.Parse(site.File("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value));
        Assert.DoesNotContain("search-index.json", site.File("sitemap.xml"));
    }

    [Fact]
    public void Markup_in_content_stays_text_in_the_index()
    {
        var site = TestSite.BuildClean(Profile("x", "<img src=x onerror=alert(1)>", "Ünïcödé & Co", "common_names: [\"</script>\"]"));
        var text = site.File("search-index.json");
        Assert.DoesNotContain("<", text);
        Assert.Contains("Ünïcödé", text);
        var career = Career(site, "<img src=x onerror=alert(1)>");
        Assert.Equal("</script>", career.GetProperty("names")[0].GetString());
        Assert.Equal("Ünïcödé & Co", career.GetProperty("category").GetString());
    }
}
