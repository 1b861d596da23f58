using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Output;
using ProfileGen.Tests.Support;

namespace ProfileGen.Tests.RealData;

/// <summary>The repository's own sample site, built end to end from disk as the README's command builds it.</summary>
public class SampleSiteTests
{
    private static readonly Lazy<(BuildResult Result, MemoryOutput Output)> Site = new(() =>
    {
        var memory = new MemoryOutput();
        var result = SiteGenerator.Build(SiteLoader.Load(SharedData.RepositoryRoot), new BuildOptions(), memory);
        return (result, memory);
    });

    [Fact]
    public void The_sample_site_builds_without_errors_or_warnings()
    {
        var (result, output) = Site.Value;
        Assert.Empty(result.Diagnostics);
        var profiles = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "profiles"), "*.md");
        Assert.True(profiles.Length >= 30);
        Assert.Equal(profiles.Length, output.Files.Keys.Count(k => k.StartsWith("careers/", StringComparison.Ordinal) && k != "careers/index.html"));
        Assert.True(output.Files.Keys.Count(k => k.StartsWith("categories/", StringComparison.Ordinal) && k != "categories/index.html") >= 8);
    }

    [Fact]
    public void The_librarian_pages_exist_and_credit_bls_and_onet()
    {
        var (_, output) = Site.Value;
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var slug in new[] { "librarians", "library-technicians-and-assistants" })
        {
            var page = parser.ParseDocument(output.Text($"careers/{slug}/index.html")!);
            var sources = page.QuerySelectorAll(".sources a").Select(a => a.TextContent).ToList();
            Assert.Contains(sources, s => s.Contains("Bureau of Labor Statistics", StringComparison.Ordinal));
            Assert.Contains(sources, s => s.Contains("O*NET", StringComparison.Ordinal));
            Assert.Equal(5, page.QuerySelectorAll(".related .card").Length);
            Assert.Contains("O*NET 30.0 Database", page.QuerySelector("footer")!.TextContent);
        }
    }
}
