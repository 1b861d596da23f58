using System.Xml.Linq;
using ProfileGen.Build;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

public class SitePagesTests
{
    private static readonly string ThreeCareers =
        Profile("b-career", "Beta Career", "Health", "employment: 1000\nmedian_wage: 50000\ngrowth_rate: -2\neducation: Bachelor's degree", date: "2025-03-01") +
        Profile("a-career", "Alpha Career", "Health", "employment: 2000\nmedian_wage: 70000", date: "2025-05-01") +
        Profile("c-career", "Gamma Career", "Office & Admin", date: "2025-04-01");

    [Fact]
    public void Every_page_kind_is_written_at_its_clean_url()
    {
        var site = TestSite.BuildClean(ThreeCareers);
        foreach (var path in new[] { "index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt", "categories/index.html", "categories/health/index.html",
                     "categories/office-admin/index.html", "careers/index.html", "careers/a-career/index.html", "tags/index.html" })
            Assert.NotNull(site.Output.Text(path));
    }

    [Fact]
    public void Category_page_lists_its_careers_in_a_table_with_their_figures()
    {
        var site = TestSite.BuildClean(ThreeCareers);
        var page = site.Html("categories/health/index.html");
        Assert.Equal("Health", page.QuerySelector("h1")!.TextContent);
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["Alpha Career", "2,000", "$70,000", "–", "–"], rows[0]);
        Assert.Equal(["Beta Career", "1,000", "$50,000", "−2%", "Bachelor's degree"], rows[1]);
        Assert.NotNull(page.QuerySelector("table caption"));
    }

    [Fact]
    public void Categories_index_counts_careers_and_home_lists_the_recently_updated()
    {
        var site = TestSite.BuildClean(ThreeCareers);
        var index = site.Html("categories/index.html");
        Assert.Equal(["Health 2 careers", "Office & Admin 1 career"], index.QuerySelectorAll(".category-grid li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        var home = site.Html("index.html");
        Assert.Equal(["Alpha Career", "Gamma Career", "Beta Career"], home.QuerySelectorAll(".cards .card-title").Select(a => a.TextContent));
    }

    [Fact]
    public void Sitemap_lists_every_page_with_absolute_urls_and_robots_names_it()
    {
        var site = TestSite.BuildClean(ThreeCareers, new BuildOptions { BaseUrl = "https://example.org/" });
        var sitemap = XDocument.Parse(site.File("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        var htmlPages = site.Output.Files.Keys.Where(k => k.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(htmlPages.Count, locs.Count);
        Assert.Contains("https://example.org/careers/a-career/", locs);
        Assert.All(locs, l => Assert.StartsWith("https://example.org/", l));
        Assert.DoesNotContain(locs, l => l.Contains("404"));
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", site.File("robots.txt"));
    }

    [Fact]
    public void Feed_is_well_formed_atom_with_absolute_urls_newest_first()
    {
        var site = TestSite.BuildClean(ThreeCareers, new BuildOptions { BaseUrl = "https://example.org/jobs/" });
        var feed = XDocument.Parse(site.File("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(["Alpha Career", "Gamma Career", "Beta Career"], entries.Select(e => e.Element(atom + "title")!.Value));
        Assert.Equal("https://example.org/jobs/careers/a-career/", entries[0].Element(atom + "id")!.Value);
        Assert.Equal("2025-05-01T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void A_base_url_with_a_path_prefixes_every_internal_link()
    {
        var site = TestSite.BuildClean(ThreeCareers + Profile("d", "Delta", "Health", body: "See [alpha](/careers/a-career/)."),
            new BuildOptions { BaseUrl = "https://example.org/jobs/guide/" });
        foreach (var path in site.Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var doc = site.Html(path);
            foreach (var link in doc.QuerySelectorAll("a[href], link[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (href.StartsWith('#') || href.StartsWith("http", StringComparison.Ordinal) && !href.StartsWith("https://example.org", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                Assert.True(href.StartsWith("/jobs/guide/", StringComparison.Ordinal) || href.StartsWith("https://example.org/jobs/guide/", StringComparison.Ordinal),
                    $"{path}: link {href} is not under the base path");
            }
        }
        Assert.NotNull(site.Html("careers/d/index.html").QuerySelector(".prose a[href='/jobs/guide/careers/a-career/']"));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        var files = ThreeCareers + Profile("secret", "Secret Career", "Health", "draft: true");
        Assert.Null(TestSite.BuildClean(files).Output.Text("careers/secret/index.html"));
        Assert.NotNull(TestSite.BuildClean(files, new BuildOptions { IncludeDrafts = true }).Output.Text("careers/secret/index.html"));
    }

    [Fact]
    public void Assets_are_fingerprinted_and_linked()
    {
        var site = TestSite.BuildClean(ThreeCareers);
        var css = site.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/assets/style\.[0-9a-f]{10}\.css$", css);
        Assert.NotNull(site.Output.Text(css.TrimStart('/')));
    }

    [Fact]
    public void Static_files_are_copied_as_they_are()
    {
        var site = TestSite.BuildClean(ThreeCareers + "-- static/CNAME --\ncareers.example.org\n");
        Assert.Equal("careers.example.org\n", site.File("CNAME"));
    }
}
