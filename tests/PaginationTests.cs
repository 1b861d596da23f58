using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

/// <summary>Long category and tag lists split into pages of pagination.size (default 50).</summary>
public class PaginationTests
{
    private static string Careers(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => Profiles.Profile($"c{i:000}", $"Career {i:000}", "Big", "tags: [common]")));

    [Theory]
    [InlineData(49, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    public void A_category_of_n_careers_has_the_right_number_of_pages(int careers, int pages)
    {
        var site = TestSite.BuildClean(Careers(careers));
        Assert.Equal(pages, site.Output.Files.Keys.Count(k => k.StartsWith("categories/big/", StringComparison.Ordinal)));
        Assert.Equal(pages, site.Output.Files.Keys.Count(k => k.StartsWith("tags/common/", StringComparison.Ordinal)));
        var first = site.Html("categories/big/index.html");
        Assert.Equal(Math.Min(careers, 50), first.QuerySelectorAll("table tbody tr").Length);
        if (pages == 1)
        {
            Assert.Null(first.QuerySelector("nav.pager"));
            Assert.Null(first.QuerySelector("link[rel=next]"));
            return;
        }
        // The first page links the second with rel=next; the second links back with rel=prev and holds the rest
        Assert.Equal("/categories/big/page/2/", first.QuerySelector("link[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/categories/big/page/2/", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        var second = site.Html("categories/big/page/2/index.html");
        Assert.Equal(careers - 50, second.QuerySelectorAll("table tbody tr").Length);
        Assert.Equal("/categories/big/", second.QuerySelector("link[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("link[rel=next]"));
        Assert.Equal("2", second.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);
        Assert.NotEqual(first.Title, second.Title);
    }

    [Fact]
    public void Page_size_comes_from_the_config()
    {
        var site = TestSite.BuildClean("-- profilegen.yml --\npagination:\n  size: 2\n" + Careers(5));
        Assert.NotNull(site.Output.Text("categories/big/page/3/index.html"));
        Assert.Null(site.Output.Text("categories/big/page/4/index.html"));
    }

    [Fact]
    public void The_last_career_of_a_category_has_no_next_and_the_first_no_previous()
    {
        var site = TestSite.BuildClean(Careers(3));
        Assert.Null(site.Html("careers/c001/index.html").QuerySelector("a[rel=prev]"));
        Assert.Equal("/careers/c002/", site.Html("careers/c001/index.html").QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(site.Html("careers/c003/index.html").QuerySelector("a[rel=next]"));
        Assert.Equal("/careers/c002/", site.Html("careers/c003/index.html").QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }
}
