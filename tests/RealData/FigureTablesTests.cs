using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Figures;
using ProfileGen.Output;
using ProfileGen.Tests.Support;
using Xunit.Abstractions;

namespace ProfileGen.Tests.RealData;

/// <summary>
/// The maintainer's two commands on real data: `profilegen import ooh` turns the BLS export into a
/// figure table, and a site whose profiles carry no figures at all shows exactly the figures of the
/// site whose front matter carries them (written by scripts/ooh_to_profiles.py from the same export).
/// </summary>
[Collection("console")]
public partial class FigureTablesTests(ITestOutputHelper output)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_342_careers_built_from_an_imported_figure_table_show_the_same_figures_as_with_figures_in_front_matter()
    {
        // Given the 342 careers with their figures in front matter
        var withFigures = SiteLoader.Load(SharedData.OohSite);
        Assert.Equal(342, withFigures.Profiles.Count);

        // And the same careers with every figure field stripped from the front matter
        var stripped = withFigures.Profiles.Select(p => new SourceFile(p.Path, StripFigures(p.Text))).ToList();
        Assert.DoesNotContain(stripped, p => FrontMatter(p.Text).Split('\n').Any(line => FigureField().IsMatch(line)));
        Assert.Equal(341, stripped.Count(p => FrontMatter(p.Text).Contains("\nsoc_code: ", StringComparison.Ordinal)));

        // And a figure table written by `profilegen import ooh` from the export the profiles came from
        using var folder = new TempFolder();
        var tablePath = Path.Combine(folder.Path, "data", "ooh-2024.csv");
        var (code, stdout, stderr) = CommandLine.Run("import", "ooh", Path.Combine(SharedData.OccupationsFolder, "ooh_occupations.json"), "--out", tablePath);
        Assert.True(code == 0, stderr);
        output.WriteLine(stdout);
        Assert.Contains("Wrote 341 rows", stdout);
        Assert.Contains("Skipped 1 record without a soc_code: Military Careers.", stdout);
        // No two OOH records share a SOC code (broad codes such as 11-3010 are each one profile's own),
        // so the duplicate rule never decides anything here; FiguresTests covers it with made-up records.
        Assert.DoesNotContain("Left out", stdout);
        var fromTable = new SiteSource
        {
            Config = new SourceFile("profilegen.yml", "figures: [data/ooh-2024.csv]\n"),
            Profiles = stripped,
            DataFiles = [new SourceFile("data/ooh-2024.csv", File.ReadAllText(tablePath))],
        };

        // When both sites are built
        var (expectedResult, expected) = Build(withFigures);
        var (actualResult, actual) = Build(fromTable);

        // Then both build cleanly, every figure of the second comes from the table, and no table row goes unused
        Assert.DoesNotContain(expectedResult.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(actualResult.Diagnostics, d => d.IsError);
        Assert.Equal(expectedResult.Diagnostics.Count, actualResult.Diagnostics.Count);
        var sources = actualResult.Site!.Profiles.SelectMany(p => p.Meta.FigureSources.Values).ToList();
        Assert.All(sources, s => Assert.Equal("data/ooh-2024.csv", s.Source));
        output.WriteLine($"{sources.Count} figures from the table on {actualResult.Site.Profiles.Count} pages");
        Assert.Empty(FigureChecks.Find(fromTable, actualResult.Site));

        // And every page shows the same figures: the Quick Facts of each career, and each category's table
        var compared = 0;
        var differences = new List<string>();
        foreach (var page in expected.Files.Keys.Where(IsCareerOrCategoryPage).Order(StringComparer.Ordinal))
        {
            var want = VisibleFigures(expected.Text(page)!);
            var got = actual.Text(page) is { } html ? VisibleFigures(html) : ["(page missing)"];
            compared += want.Count;
            differences.AddRange(want.Zip(got).Where(p => p.First != p.Second).Select(p => $"{page}: expected \"{p.First}\", got \"{p.Second}\""));
            if (want.Count != got.Count) differences.Add($"{page}: {want.Count} figures expected, {got.Count} shown");
        }
        var differentFiles = expected.Files.Keys.Union(actual.Files.Keys)
            .Count(k => expected.Files.GetValueOrDefault(k) is not { } a || actual.Files.GetValueOrDefault(k) is not { } b || !a.AsSpan().SequenceEqual(b));
        output.WriteLine($"compared {compared} visible figures on {expected.Files.Keys.Count(IsCareerOrCategoryPage)} pages: {differences.Count} differences; {differentFiles} of {expected.Files.Count} output files differ in any byte");
        foreach (var difference in differences.Take(20)) output.WriteLine(difference);
        Assert.True(compared >= 342 * (8 + 5), $"only {compared} figures were compared");
        Assert.Empty(differences);
    }

    [Fact]
    public void Importing_the_flat_csv_export_gives_the_same_table_as_the_json_one()
    {
        using var folder = new TempFolder();
        var fromJson = Path.Combine(folder.Path, "json.csv");
        var fromCsv = Path.Combine(folder.Path, "csv.csv");
        Assert.Equal(0, CommandLine.Run("import", "ooh", Path.Combine(SharedData.OccupationsFolder, "ooh_occupations.json"), "--out", fromJson).ExitCode);
        // The flat export has no median_pay_year column; the wages are from May 2024 (SOURCE.md).
        var (code, stdout, stderr) = CommandLine.Run("import", "ooh", Path.Combine(SharedData.OccupationsFolder, "ooh_occupations.csv"), "--out", fromCsv, "--wage-year", "2024");
        Assert.True(code == 0, stderr);
        Assert.Contains("Wrote 341 rows", stdout);
        Assert.Equal(File.ReadAllText(fromJson), File.ReadAllText(fromCsv));
    }

    private static (BuildResult, MemoryOutput) Build(SiteSource source)
    {
        var memory = new MemoryOutput();
        return (SiteGenerator.Build(source, new BuildOptions { BaseUrl = "https://example.org/" }, memory), memory);
    }

    private static bool IsCareerOrCategoryPage(string path) =>
        path.EndsWith("index.html", StringComparison.Ordinal)
        && ((path.StartsWith("careers/", StringComparison.Ordinal) && path != "careers/index.html") || path.StartsWith("categories/", StringComparison.Ordinal));

    /// <summary>What a reader sees of the figures: Quick Facts labels and values, every cell of a category table and its summary line, and chart tables.</summary>
    private static List<string> VisibleFigures(string html)
    {
        var page = Parser.ParseDocument(html);
        return page.QuerySelectorAll(".figures dt, .figures dd, table.career-table tbody th, table.career-table tbody td, .lede, table.chart-table td")
            .Select(e => string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
    }

    private static string FrontMatter(string text)
    {
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        return text[..end];
    }

    /// <summary>The profile without the figure fields of its front matter (each is one line in the converter's output).</summary>
    private static string StripFigures(string text)
    {
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var kept = text[..end].Split('\n').Where(line => !FigureField().IsMatch(line));
        return string.Join('\n', kept) + text[end..];
    }

    [GeneratedRegex(@"^(employment|employment_year|median_wage|wage_year|wage_unit|growth_rate|growth_period|education):")]
    private static partial Regex FigureField();
}
