using Microsoft.Playwright;
using ProfileGen.Tests.Support;

namespace ProfileGen.Tests.Browser;

/// <summary>The two small scripts of the default site, in a real browser: search and sortable tables.</summary>
public class SiteScriptsBrowserTests
{
    private const string Site = """
        -- profiles/librarians.md --
        ---
        title: Librarians and Library Media Specialists
        date: 2025-01-01
        category: Education
        median_wage: 64320
        common_names: [Cataloger, Catalog Librarian, School Librarian]
        ---
        They help people find information.
        -- profiles/curators.md --
        ---
        title: Archivists and Curators
        date: 2025-01-01
        category: Education
        median_wage: 57100
        employment: 36000
        ---
        They keep collections.
        -- profiles/teachers.md --
        ---
        title: High School Teachers
        date: 2025-01-01
        category: Education
        median_wage: 64580
        employment: 1100000
        ---
        They teach.
        """;

    private static readonly float Wait = 20_000;

    [Fact]
    public async Task Searching_a_common_name_finds_the_career_and_says_how_many_were_found()
    {
        // Given the site served and its search page open
        await using var site = await ServedSite.StartAsync(Site);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url + "search/");

        // When a reader types a job title that is not in any career's title
        var box = page.GetByRole(AriaRole.Searchbox);
        await box.FillAsync("catalog librarian");
        await box.PressAsync("Enter");

        // Then the career with that common name comes first, with its category and wage, and the count is announced
        var first = page.Locator("#search-results li").First;
        await first.WaitForAsync(new() { Timeout = Wait });
        Assert.Equal("Librarians and Library Media Specialists", (await first.Locator("a").First.TextContentAsync())!.Trim());
        Assert.Contains("Education", await first.TextContentAsync());
        Assert.Contains("$64,320", await first.TextContentAsync());
        var status = page.GetByRole(AriaRole.Status);
        Assert.Matches(@"\d+ careers? found", await status.TextContentAsync());
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live") ?? await page.Locator("#search-status").GetAttributeAsync("aria-live"));
    }

    [Fact]
    public async Task Clicking_a_column_header_sorts_the_category_table_and_says_how()
    {
        await using var site = await ServedSite.StartAsync(Site);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url + "categories/education/");

        async Task<string[]> Titles() => (await page.Locator("table tbody th").AllTextContentsAsync()).Select(t => t.Trim()).ToArray();
        Assert.Equal(["Archivists and Curators", "High School Teachers", "Librarians and Library Media Specialists"], await Titles());

        // Median wage, ascending then descending
        var wage = page.GetByRole(AriaRole.Button, new() { Name = "Median wage" });
        await wage.ClickAsync();
        Assert.Equal(["Archivists and Curators", "Librarians and Library Media Specialists", "High School Teachers"], await Titles());
        Assert.Equal("ascending", await page.Locator("th", new() { Has = wage }).GetAttributeAsync("aria-sort"));
        await wage.ClickAsync();
        Assert.Equal(["High School Teachers", "Librarians and Library Media Specialists", "Archivists and Curators"], await Titles());

        // Employment: the career without a figure stays last
        await page.GetByRole(AriaRole.Button, new() { Name = "Employment" }).ClickAsync();
        Assert.Equal(["Archivists and Curators", "High School Teachers", "Librarians and Library Media Specialists"], await Titles());
    }
}
