using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

public class ProfilePageTests
{
    private const string Librarians = """
        -- profiles/librarians.md --
        ---
        title: "Librarians & Library Media Specialists"
        date: 2025-12-11
        category: "Education, Training & Library"
        tags: [libraries, education]
        soc_code: "25-4022"
        employment: 142200
        employment_year: 2024
        median_wage: 64320
        wage_year: 2024
        growth_rate: 3
        growth_period: "2024-34"
        education: "Master's degree"
        key_takeaways:
          - Librarians help people find and use information.
          - Most need a master's degree in library science.
        common_names: [Catalog Librarian, School Librarian]
        sources:
          - name: Bureau of Labor Statistics
            url: https://www.bls.gov/ooh/education-training-and-library/librarians.htm
        ---
        Librarians choose, organise and lend the collections of a library.

        ## What They Do

        They run story times and teach research skills.
        """;

    [Fact]
    public void Profile_page_shows_every_section_a_careers_reader_expects()
    {
        // Given a profile with every field, and a second career in the same category
        var site = TestSite.BuildClean(Librarians + Profile("library-technicians", "Library Technicians and Assistants", "Education, Training & Library"));

        // When its page is rendered
        var page = site.Html("careers/librarians/index.html");

        // Then a reader sees title, breadcrumbs, figures, takeaways, body, names, sources and navigation
        Assert.Equal("Librarians & Library Media Specialists", page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(["Home", "Education, Training & Library", "Librarians & Library Media Specialists"],
            page.QuerySelectorAll("nav[aria-label=Breadcrumb] li").Select(li => li.TextContent.Trim()));
        Assert.Contains("December 11, 2025", page.QuerySelector(".meta")!.TextContent);
        Assert.Equal("2025-12-11", page.QuerySelector(".meta time")!.GetAttribute("datetime"));
        Assert.Contains("1 min read", page.QuerySelector(".meta")!.TextContent);
        var facts = page.QuerySelectorAll(".figures dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["142,200 (2024)", "$64,320 (2024)", "+3% (2024-34)", "Master's degree"], facts);
        Assert.Equal(2, page.QuerySelectorAll(".takeaways li").Length);
        Assert.Equal("What They Do", page.QuerySelector(".prose h2#what-they-do")!.TextContent);
        Assert.Equal(["Catalog Librarian", "School Librarian"], page.QuerySelectorAll(".common-names li").Select(li => li.TextContent));
        Assert.Equal("https://www.bls.gov/ooh/education-training-and-library/librarians.htm", page.QuerySelector(".sources a")!.GetAttribute("href"));
        Assert.Equal("/careers/library-technicians/", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("a[rel=prev]"));
        Assert.Equal("/careers/library-technicians/", page.QuerySelector(".related a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".share a"), a => a.GetAttribute("href")!.StartsWith("https://www.linkedin.com/", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_comes_from_the_first_paragraph_when_front_matter_has_none()
    {
        var site = TestSite.BuildClean(Librarians);
        var page = site.Html("careers/librarians/index.html");
        Assert.Equal("Librarians choose, organise and lend the collections of a library.",
            page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void Reading_time_follows_the_word_count()
    {
        var body = string.Join(' ', Enumerable.Repeat("word", 1300));
        var site = TestSite.BuildClean(Profile("long", "Long Career", body: body));
        Assert.Contains("7 min read", site.Html("careers/long/index.html").QuerySelector(".meta")!.TextContent);
    }

    [Fact]
    public void Hourly_wages_show_cents_and_say_per_hour()
    {
        var site = TestSite.BuildClean(Profile("actors", "Actors", "Arts", "median_wage: 23.33\nwage_unit: hour\nwage_year: 2024"));
        var dd = site.Html("careers/actors/index.html").QuerySelectorAll(".figures dd")[1].TextContent.Trim();
        Assert.Equal("$23.33 (2024)", dd);
        site.AssertFile("careers/actors/index.html", "Median hourly wage");
    }

    [Fact]
    public void Numbers_and_dates_ignore_the_machines_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var site = TestSite.BuildClean(Librarians);
            var facts = site.Html("careers/librarians/index.html").QuerySelectorAll(".figures dd").Select(d => d.TextContent.Trim()).ToList();
            Assert.Equal("142,200 (2024)", facts[0]);
            Assert.Equal("$64,320 (2024)", facts[1]);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Content_values_are_escaped_and_raw_html_in_markdown_is_not_passed_through()
    {
        var site = TestSite.BuildClean("""
            -- profiles/x.md --
            ---
            title: "<script>alert('t')</script>"
            date: 2025-01-01
            category: "<b>Cat</b>"
            common_names: ["<img src=x onerror=alert(1)>"]
            ---
            Hello <script>alert('body')</script> world.
            """);
        foreach (var (path, _) in site.Output.Files)
        {
            var text = site.File(path);
            Assert.DoesNotContain("<script>", text);
            Assert.DoesNotContain("<img src=x", text);
            Assert.DoesNotContain("<b>Cat</b>", text);
        }
        Assert.Equal("<script>alert('t')</script>", site.Html("careers/x/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Links_with_unsafe_schemes_are_dropped_with_a_warning()
    {
        var site = TestSite.BuildClean(Profile("x", "X", body: "[click](javascript:alert(1)) and [ok](https://example.org/)") +
            "");
        var page = site.Html("careers/x/index.html");
        Assert.DoesNotContain(page.QuerySelectorAll(".prose a"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(site.Warnings, w => w.File == "profiles/x.md" && w.Message.Contains("javascript:alert(1)"));
    }
}
