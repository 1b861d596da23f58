using System.Text.Json;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Output;
using ProfileGen.Tests.Support;
using Xunit.Abstractions;

namespace ProfileGen.Tests.RealData;

/// <summary>The 342 careers of the BLS Occupational Outlook Handbook, built as a whole site.</summary>
public class OohSiteTests(ITestOutputHelper output)
{
    private static readonly Lazy<(BuildResult Result, MemoryOutput Output)> Site = new(() =>
    {
        var memory = new MemoryOutput();
        var result = SiteGenerator.Build(SiteLoader.Load(SharedData.OohSite), new BuildOptions { BaseUrl = "https://example.org/" }, memory);
        return (result, memory);
    });

    [Fact]
    public void All_342_careers_build_without_errors_with_25_category_pages_and_a_full_sitemap()
    {
        var (result, files) = Site.Value;
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(342, files.Files.Keys.Count(k => k.StartsWith("careers/", StringComparison.Ordinal) && k != "careers/index.html"));
        Assert.Equal(25, files.Files.Keys.Count(k => k.StartsWith("categories/", StringComparison.Ordinal) && k != "categories/index.html" && !k.Contains("/page/")));
        var sitemap = files.Text("sitemap.xml")!;
        foreach (var page in files.Files.Keys.Where(k => k.EndsWith("index.html", StringComparison.Ordinal)))
            Assert.Contains($"<loc>https://example.org/{page[..^"index.html".Length]}</loc>", sitemap);
    }

    [Fact]
    public void Related_careers_agree_with_onet_analysts_at_least_70_percent_of_the_time()
    {
        // Given the careers O*NET's analysts list as related, for 40 of the 342 careers
        var site = Site.Value.Result.Site!;
        var dev = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.OccupationsFolder, "related_dev.json"))).RootElement;
        var bySlug = site.Profiles.ToDictionary(p => p.Slug);

        // When we compare our five suggestions with theirs
        double ours = 0, sameCategory = 0;
        var n = 0;
        foreach (var entry in dev.EnumerateObject())
        {
            var expected = entry.Value.GetProperty("related").EnumerateArray().Select(x => x.GetString()!).ToHashSet();
            var profile = bySlug[entry.Name];
            ours += profile.Related.Take(5).Count(r => expected.Contains(r.Slug)) / 5.0;
            sameCategory += profile.Category.Profiles.Where(p => p != profile).Take(5).Count(r => expected.Contains(r.Slug)) / 5.0;
            n++;
        }
        output.WriteLine($"precision@5 over {n} careers: ProfileGen {ours / n:0.000}, first five of the same category {sameCategory / n:0.000}");

        // Then at least 70% of ours are theirs too
        Assert.Equal(40, n);
        Assert.True(ours / n >= 0.70, $"precision@5 was {ours / n:0.000}");
    }

    [Fact]
    public void Every_career_in_a_category_of_six_or_more_shows_five_related_careers()
    {
        var site = Site.Value.Result.Site!;
        var short_ = site.Profiles.Where(p => p.Category.Profiles.Count >= 6 && p.Related.Count != 5).Select(p => p.Slug).ToList();
        Assert.Empty(short_);
        Assert.All(site.Profiles, p => Assert.DoesNotContain(p, p.Related));
        Assert.All(site.Profiles, p => Assert.Equal(p.Related.Count, p.Related.Distinct().Count()));
    }

    [Fact]
    public void Following_next_from_each_categorys_first_career_visits_all_342_careers_once()
    {
        var (result, files) = Site.Value;
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var visited = new HashSet<string>();
        foreach (var category in result.Site!.Categories)
        {
            var url = category.Profiles[0].Path;
            Assert.Null(parser.ParseDocument(files.Text(url.TrimStart('/') + "index.html")!).QuerySelector("a[rel=prev]"));
            while (url is not null)
            {
                Assert.True(visited.Add(url), $"{url} visited twice");
                var page = parser.ParseDocument(files.Text(url.TrimStart('/') + "index.html")!);
                url = page.QuerySelector("a[rel=next]")?.GetAttribute("href")?.Replace("https://example.org", "");
            }
        }
        Assert.Equal(342, visited.Count);
    }

    [Fact]
    public void The_a_to_z_index_links_all_342_careers()
    {
        var (_, files) = Site.Value;
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(files.Text("careers/index.html")!);
        var links = page.QuerySelectorAll(".az-list a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Equal(342, links.Count);
        Assert.All(links, href => Assert.NotNull(files.Text(href!.TrimStart('/') + "index.html")));
    }
}
