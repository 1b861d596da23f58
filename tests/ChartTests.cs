using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ProfileGen.Rendering.Charts;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

/// <summary>The inline SVG charts: their numbers are the data's, they have a text alternative, and they follow the theme.</summary>
public class ChartTests
{
    // Health: 40,000 / 60,000 / 90,000 (median 60,000). Office: 30,000 and an hourly wage. All annual: median 50,000.
    private static readonly string Careers =
        Profile("nurses", "Nurses", "Health", "median_wage: 90000\nemployment: 3000000\ngrowth_rate: 5\ngrowth_period: \"2024-34\"") +
        Profile("aides", "Aides", "Health", "median_wage: 40000\nemployment: 1000000\ngrowth_rate: -4") +
        Profile("techs", "Techs", "Health", "median_wage: 60000\nemployment: 500000\ngrowth_rate: 2") +
        Profile("clerks", "Clerks", "Office", "median_wage: 30000\nemployment: 250000\ngrowth_rate: -3") +
        Profile("actors", "Actors", "Office", "median_wage: 23.33\nwage_unit: hour\nemployment: 70000\ngrowth_rate: 2");

    private static IElement Svg(IDocument page, string id) => page.QuerySelector($"svg#{id}") ?? throw new Xunit.Sdk.XunitException($"no svg#{id}");

    private static List<string> Values(IElement svg) => svg.QuerySelectorAll(".bar-value").Select(t => t.TextContent).ToList();

    private static List<string> Labels(IElement svg) =>
        svg.QuerySelectorAll(".bar-row").Select(row => string.Join(' ', row.QuerySelectorAll(".bar-label").Select(t => t.TextContent))).ToList();

    private static decimal Width(IElement rect) => decimal.Parse(rect.GetAttribute("width")!.TrimEnd('%'), CultureInfo.InvariantCulture);

    [Fact]
    public void Profile_wage_chart_and_its_table_show_the_career_its_category_and_all_careers()
    {
        var page = TestSite.BuildClean(Careers).Html("careers/techs/index.html");
        var svg = Svg(page, "wage-chart");

        // The chart and the table beside it say the same numbers, which are the data's
        Assert.Equal(["Techs", "Health (median)", "All careers (median)"], Labels(svg));
        Assert.Equal(["$60,000", "$60,000", "$50,000"], Values(svg));
        var table = svg.ParentElement!.QuerySelector("table")!;
        Assert.Equal(Labels(svg), table.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal(Values(svg), table.QuerySelectorAll("tbody td").Select(td => td.TextContent));

        // Bars are in proportion, and the career itself is the emphasised one
        var bars = svg.QuerySelectorAll("rect.bar").Select(Width).ToList();
        Assert.Equal(bars[0] * 50_000 / 60_000, bars[2], precision: 1);
        Assert.Single(svg.QuerySelectorAll(".emphasis"));
        Assert.Contains("Techs", svg.QuerySelector(".emphasis")!.TextContent);
    }

    [Fact]
    public void Profile_growth_chart_draws_decline_left_of_the_zero_line()
    {
        var page = TestSite.BuildClean(Careers).Html("careers/aides/index.html");
        var svg = Svg(page, "growth-chart");
        Assert.Equal(["−4%", "+0.4%"], Values(svg)); // all careers' average: (5 - 4 + 2 - 3 + 2) / 5
        Assert.Equal(Values(svg), svg.ParentElement!.QuerySelectorAll("table tbody td").Select(td => td.TextContent));
        var zero = decimal.Parse(svg.QuerySelector(".chart-axis")!.GetAttribute("x1")!.TrimEnd('%'), CultureInfo.InvariantCulture);
        var decline = svg.QuerySelectorAll("rect.bar")[0];
        var growth = svg.QuerySelectorAll("rect.bar")[1];
        Assert.Equal(zero, decimal.Parse(decline.GetAttribute("x")!.TrimEnd('%'), CultureInfo.InvariantCulture) + Width(decline), precision: 2);
        Assert.Equal(zero, decimal.Parse(growth.GetAttribute("x")!.TrimEnd('%'), CultureInfo.InvariantCulture), precision: 2);
        Assert.Equal(Width(decline) / 10m, Width(growth), precision: 1);
    }

    [Fact]
    public void An_hourly_wage_is_not_drawn_against_annual_ones()
    {
        var site = TestSite.BuildClean(Careers);
        Assert.Null(site.Html("careers/actors/index.html").QuerySelector("svg#wage-chart"));
        Assert.NotNull(site.Html("careers/actors/index.html").QuerySelector("svg#growth-chart"));

        var office = Svg(site.Html("categories/office/index.html"), "wages-chart");
        Assert.Equal(["Clerks"], Labels(office));
        Assert.Contains("1 career has no annual wage and is not shown.", office.QuerySelector("desc")!.TextContent);
    }

    [Fact]
    public void Category_chart_has_a_bar_per_career_highest_first_and_matches_the_table()
    {
        var page = TestSite.BuildClean(Careers).Html("categories/health/index.html");
        var svg = Svg(page, "wages-chart");
        Assert.Equal(["Nurses", "Techs", "Aides"], Labels(svg));
        Assert.Equal(["$90,000", "$60,000", "$40,000"], Values(svg));
        var table = page.QuerySelectorAll("table.career-table tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td")[1].TextContent);
        Assert.All(Labels(svg).Zip(Values(svg)), pair => Assert.Equal(table[pair.First], pair.Second));
    }

    [Fact]
    public void Home_chart_shows_employment_by_category_as_the_category_list_does()
    {
        var page = TestSite.BuildClean(Careers).Html("index.html");
        var svg = Svg(page, "employment-chart");
        Assert.Equal(["Health", "Office"], Labels(svg));
        Assert.Equal(["4,500,000", "320,000"], Values(svg));
        var listed = page.QuerySelectorAll(".category-grid li").ToDictionary(li => li.QuerySelector("a")!.TextContent, li => li.QuerySelector(".jobs")!.TextContent);
        Assert.Equal("4,500,000 jobs", listed["Health"]);
        Assert.Equal("320,000 jobs", listed["Office"]);
    }

    [Fact]
    public void Every_chart_is_an_image_named_by_its_title_and_described_with_its_numbers()
    {
        var site = TestSite.BuildClean(Careers);
        var charts = new[] { "index.html", "categories/health/index.html", "careers/nurses/index.html" }
            .SelectMany(p => site.Html(p).QuerySelectorAll("svg")).ToList();
        Assert.Equal(4, charts.Count);
        foreach (var svg in charts)
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var title = svg.QuerySelector("#" + svg.GetAttribute("aria-labelledby"));
            Assert.Equal("title", title!.LocalName);
            Assert.False(string.IsNullOrWhiteSpace(title.TextContent));
            var desc = svg.QuerySelector("#" + svg.GetAttribute("aria-describedby"))!.TextContent;
            Assert.All(Values(svg), v => Assert.Contains(v, desc));
            Assert.Empty(svg.QuerySelectorAll("script, foreignObject"));
        }
    }

    [Fact]
    public void Charts_take_their_colours_from_the_theme_so_dark_mode_and_print_work()
    {
        var svg = BarChart.Render("c", "T", "D", [new("A", 1, "1", Emphasis: true), new("B", -2, "-2")]);
        Assert.Contains("fill=\"currentColor\"", svg);
        Assert.DoesNotMatch("(fill|stroke|color)=\"#", svg);
        Assert.DoesNotContain("style=", svg);
    }

    [Fact]
    public void Chart_text_is_escaped()
    {
        var svg = BarChart.Render("c", "<b>T</b>", "</desc><script>x</script>", [new("</text><script>alert(1)</script>", 5, "<5>")]);
        var doc = new HtmlParser().ParseDocument("<body>" + svg);
        Assert.Empty(doc.QuerySelectorAll("script, b"));
        Assert.Equal("<b>T</b>", doc.QuerySelector("title")!.TextContent);
        Assert.Equal("</text><script>alert(1)</script>", doc.QuerySelector(".bar-label")!.TextContent);
        Assert.Equal("<5>", doc.QuerySelector(".bar-value")!.TextContent);
    }

    [Theory]
    [InlineData("Nurses", new[] { "Nurses" })]
    [InlineData("Heating, Air Conditioning, and Refrigeration Mechanics and Installers",
        new[] { "Heating, Air Conditioning, and", "Refrigeration Mechanics and Installers" })]
    [InlineData("Industrial Machinery Mechanics, Machinery Maintenance Workers, and Millwrights",
        new[] { "Industrial Machinery Mechanics,", "Machinery Maintenance Workers, and", "Millwrights" })]
    [InlineData("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
        new[] { "One two three four five six seven eight", "nine ten eleven twelve thirteen fourteen", "fifteen sixteen seventeen eighteen…" })]
    [InlineData("Pneumonoultramicroscopicsilicovolcanoconiosis-workers", new[] { "Pneumonoultramicroscopicsilicovolcanoco…" })]
    public void Long_labels_wrap_onto_three_lines_and_are_shortened_after_that(string label, string[] expected)
    {
        Assert.Equal(expected, BarChart.LabelLines(label));
    }
}
