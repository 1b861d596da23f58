using ProfileGen.Data;
using ProfileGen.Diagnostics;
using ProfileGen.Figures;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

/// <summary>Figure tables: profiles' employment, wages and growth filled by SOC code from data files.</summary>
public class FiguresTests
{
    /// <summary>Prints each figure with its source and year, so one line shows where everything came from.</summary>
    private const string Probe = """
        -- templates/profile.html --
        E: {{ page.employment }} ({{ page.employment_year }}) {{ page.figure_sources.employment.source }} {{ page.figure_sources.employment.year }}|W: {{ page.median_wage }}/{{ page.wage_unit }} ({{ page.wage_year }}) {{ page.figure_sources.median_wage.source }} {{ page.figure_sources.median_wage.year }}|G: {{ page.growth_rate }} ({{ page.growth_period }}) {{ page.figure_sources.growth_rate.source }} {{ page.figure_sources.growth_rate.year }}|Ed: {{ page.education }} {{ page.figure_sources.education.source }}|
        """;

    private const string Table2024 = """
        -- data/ooh-2024.csv --
        soc_code,title,employment,employment_year,median_wage,median_wage_hourly,wage_year,growth_rate,growth_period,education
        25-4022,Librarians,142100,2024,64320,30.92,2024,2,2024-34,Master's degree
        27-2011,Actors,57000,2024,,23.33,2024,0,2024-34,"Some college, no degree"

        """;

    private static string Config(params string[] tables) => $"-- profilegen.yml --\nfigures: [{string.Join(", ", tables)}]\n";

    [Fact]
    public void A_profile_with_only_a_soc_code_gets_every_figure_from_the_table()
    {
        var site = TestSite.BuildClean(Config("data/ooh-2024.csv") + Table2024 + Probe + Profile("librarians", "Librarians", extra: "soc_code: \"25-4022\""));
        site.AssertFile("careers/librarians/index.html",
            "E: 142100 (2024) data/ooh-2024.csv 2024|W: 64320/year (2024) data/ooh-2024.csv 2024|G: 2 (2024-34) data/ooh-2024.csv 2024|Ed: Master&#39;s degree data/ooh-2024.csv|");
        Assert.Empty(site.Warnings);
    }

    [Fact]
    public void A_value_in_front_matter_wins_over_the_table_and_the_page_can_tell_which_is_which()
    {
        // Given front matter that writes its own wage and hides education with an empty value
        var site = TestSite.BuildClean(Config("data/ooh-2024.csv") + Table2024 + Probe +
            Profile("librarians", "Librarians", extra: "soc_code: \"25-4022\"\nmedian_wage: 70000\nwage_year: 2023\neducation:"));

        // Then the wage and its year are the front matter's, the rest the table's
        site.AssertFile("careers/librarians/index.html",
            "E: 142100 (2024) data/ooh-2024.csv 2024|W: 70000/year (2023) front matter 2023|G: 2 (2024-34) data/ooh-2024.csv 2024|Ed:  |");
    }

    [Fact]
    public void A_figure_never_travels_with_another_sources_year()
    {
        // Front matter writes employment without a year: the table's year must not be attached to it.
        var site = TestSite.BuildClean(Config("data/ooh-2024.csv") + Table2024 + Probe +
            Profile("librarians", "Librarians", extra: "soc_code: \"25-4022\"\nemployment: 150000"));
        site.AssertFile("careers/librarians/index.html", "E: 150000 () front matter |");
    }

    [Fact]
    public void Without_figure_tables_every_figure_is_from_front_matter()
    {
        var site = TestSite.BuildClean(Probe + Profile("a", "A", extra: "soc_code: \"25-4022\"\nemployment: 5\nemployment_year: 2022\ngrowth_rate: -3\ngrowth_period: \"2022-32\""));
        site.AssertFile("careers/a/index.html", "E: 5 (2022) front matter 2022|W: /year ()  |G: -3 (2022-32) front matter 2022|Ed:  |");
        Assert.Empty(site.Warnings);
    }

    [Fact]
    public void A_later_table_wins_over_an_earlier_one_figure_by_figure()
    {
        // Given last year's table and a newer one that has employment and growth but no wages yet
        var site = TestSite.BuildClean(Config("data/ooh-2023.csv", "data/ooh-2024.json") + Probe + Profile("a", "A", extra: "soc_code: \"25-4022\"") + """
            -- data/ooh-2023.csv --
            soc_code,employment,employment_year,median_wage,wage_year,growth_rate,growth_period
            25-4022,138000,2023,61660,2023,3,2023-33
            -- data/ooh-2024.json --
            [{"soc_code": "25-4022", "employment": 142100, "employment_year": 2024, "median_wage": null, "growth_rate": 2, "growth_period": "2024-34"}]
            """);

        // Then the newer table's figures win, and the wage the newer one lacks stays from the older one
        site.AssertFile("careers/a/index.html",
            "E: 142100 (2024) data/ooh-2024.json 2024|W: 61660/year (2023) data/ooh-2023.csv 2023|G: 2 (2024-34) data/ooh-2024.json 2024|");
    }

    [Fact]
    public void An_hourly_only_row_gives_an_hourly_wage_and_wage_unit_hour_asks_for_the_hourly_one()
    {
        var site = TestSite.BuildClean(Config("data/ooh-2024.csv") + Table2024 + Probe +
            Profile("actors", "Actors", extra: "soc_code: \"27-2011\"") +
            Profile("librarians", "Librarians", extra: "soc_code: \"25-4022\"\nwage_unit: hour"));
        site.AssertFile("careers/actors/index.html", "W: 23.33/hour (2024) data/ooh-2024.csv 2024|", "Ed: Some college, no degree data/ooh-2024.csv|");
        site.AssertFile("careers/librarians/index.html", "W: 30.92/hour (2024) data/ooh-2024.csv 2024|");
    }

    [Fact]
    public void The_default_profile_page_shows_table_figures_like_front_matter_ones()
    {
        var site = TestSite.BuildClean(Config("data/ooh-2024.csv") + Table2024 + Profile("actors", "Actors", extra: "soc_code: \"27-2011\""));
        var facts = site.Html("careers/actors/index.html").QuerySelectorAll(".figures dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["57,000 (2024)", "$23.33 (2024)", "0% (2024-34)", "Some college, no degree"], facts);
    }

    [Theory]
    [InlineData("25-4022,lots", 2, 9, "'median_wage' must be a number, got \"lots\"", null)]
    [InlineData("25-4022,\"64,320\"", 2, 9, "'median_wage' must be a number, got \"64,320\"", "write a plain number without thousands separators or symbols: 64320")]
    [InlineData("25-4022,-5", 2, 9, "'median_wage' is -5, out of range", null)]
    [InlineData("25/4022,64320", 2, 1, "'soc_code' must look like 25-4022", null)]
    public void A_malformed_value_in_a_table_is_an_error_at_its_file_line_and_column(string row, int line, int column, string message, string? hint)
    {
        var site = TestSite.Build(Config("data/t.csv") + Profile("a", "A", extra: "soc_code: \"25-4022\"") + $"""
            -- data/t.csv --
            soc_code,median_wage
            {row}
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal(("data/t.csv", line, column), (error.File, error.Line, error.Column));
        Assert.StartsWith(message, error.Message);
        if (hint is not null) Assert.Equal(hint, error.Hint);
    }

    [Fact]
    public void A_malformed_value_in_a_json_table_is_an_error_at_its_line_and_column()
    {
        var site = TestSite.Build(Config("data/t.json") + Profile("a", "A") + """
            -- data/t.json --
            [
              {"soc_code": "25-4022", "employment": 142100},
              {"soc_code": "27-2011", "employment": "many"}
            ]
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal("data/t.json:3:41: error: 'employment' must be a whole number, got \"many\"", error.ToString());
    }

    [Fact]
    public void A_profile_whose_soc_code_has_no_row_is_warned_about()
    {
        // Given a table without 11-1111, a profile with that code and one without any code
        var site = TestSite.BuildClean(Config("data/ooh-2024.csv") + Table2024 +
            Profile("x", "X", extra: "soc_code: \"11-1111\"") + Profile("y", "Y"));

        // Then only the profile with the unknown code is warned about, at its soc_code
        var warning = Assert.Single(site.Warnings);
        Assert.Equal(("profiles/x.md", 5, 11), (warning.File, warning.Line, warning.Column));
        Assert.Contains("no figure table has a row for soc_code 11-1111", warning.Message);
    }

    [Fact]
    public void No_warning_about_missing_rows_when_no_tables_are_configured()
    {
        var site = TestSite.BuildClean(Profile("x", "X", extra: "soc_code: \"11-1111\""));
        Assert.Empty(site.Warnings);
    }

    [Fact]
    public void A_figure_table_that_does_not_exist_is_an_error_in_profilegen_yml()
    {
        var site = TestSite.Build("-- profilegen.yml --\ntitle: T\nfigures:\n  - data/ooh-2023.csv\n  - data/ooh-2042.csv\n" + Table2024.Replace("ooh-2024", "ooh-2023") + Profile("a", "A"));
        var error = Assert.Single(site.Errors);
        Assert.Equal(("profilegen.yml", 4, 5), (error.File, error.Line, error.Column));
        Assert.Equal("did you mean 'data/ooh-2023.csv'?", error.Hint);
    }

    [Fact]
    public void A_second_row_for_a_soc_code_in_one_table_is_warned_about_and_the_first_is_used()
    {
        var site = TestSite.BuildClean(Config("data/t.csv") + Probe + Profile("a", "A", extra: "soc_code: \"25-4022\"") + """
            -- data/t.csv --
            soc_code,employment
            25-4022,100
            25-4022,200
            """);
        site.AssertFile("careers/a/index.html", "E: 100 ");
        var warning = Assert.Single(site.Warnings);
        Assert.Equal(("data/t.csv", 3, 1), (warning.File, warning.Line, warning.Column));
        Assert.Contains("line 2", warning.Message);
    }

    [Fact]
    public void An_unknown_column_is_warned_about_once_with_a_suggestion()
    {
        var site = TestSite.BuildClean(Config("data/t.json") + Profile("a", "A", extra: "soc_code: \"25-4022\"") + """
            -- data/t.json --
            [{"soc_code": "25-4022", "meidan_wage": 1}, {"soc_code": "27-2011", "meidan_wage": 2}]
            """);
        var warning = Assert.Single(site.Warnings);
        Assert.Equal("did you mean 'median_wage'?", warning.Hint);
    }

    [Fact]
    public void Check_lists_rows_no_profile_uses_and_figures_older_than_figures_max_age()
    {
        // Given a newest figure year of 2024, a front-matter wage from 2019 and a table growth projection from 2018
        var site = TestSite.BuildClean("-- profilegen.yml --\nfigures: [data/t.csv]\nfigures_max_age: 3\n" + Profile("a", "A", extra: "soc_code: \"25-4022\"\nmedian_wage: 60000\nwage_year: 2019") + """
            -- data/t.csv --
            soc_code,title,employment,employment_year,growth_rate,growth_period
            25-4022,Librarians,142100,2024,2,2018-28
            99-9999,Nobody,5,2024,,
            """);

        // When check asks for the figure findings
        var findings = FigureChecks.Find(site.Source, site.Result.Site!).Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();

        // Then the unused row and both old figures are warnings naming file:line:col; employment (2024) is not
        Assert.Equal(
        [
            "data/t.csv:2:34: warning: the growth projection of 'A' for profiles/a.md is from 2018, 6 years before the newest figures (2024)",
            "data/t.csv:3:1: warning: no profile has soc_code 99-9999 (Nobody); this row is not used",
            "profiles/a.md:7:12: warning: the median wage of 'A' is from 2019, 5 years before the newest figures (2024)",
        ], findings);
    }

    [Fact]
    public void Profilegen_check_reports_the_figure_findings()
    {
        var source = TestSite.Parse(Config("data/ooh-2024.csv") + Table2024 + Profile("librarians", "Librarians", extra: "soc_code: \"25-4022\""));
        var result = ProfileGen.Check.SiteChecker.Check(source, new ProfileGen.Build.BuildOptions());
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("data/ooh-2024.csv:3:1: warning: no profile has soc_code 27-2011 (Actors); this row is not used", warning.ToString());
    }

    [Fact]
    public void Figures_max_age_is_measured_against_the_data_not_the_clock()
    {
        var site = TestSite.BuildClean("-- profilegen.yml --\nfigures_max_age: 5\n" + Profile("a", "A", extra: "median_wage: 1\nwage_year: 1990") + Profile("b", "B", extra: "employment: 1\nemployment_year: 1995"));
        Assert.Empty(FigureChecks.Find(site.Source, site.Result.Site!));
    }

    [Fact]
    public void Import_keeps_the_record_with_the_largest_employment_per_soc_code_and_skips_records_without_one()
    {
        // Given an export where two records share 11-3010 (the second larger) and one has no code
        var json = """
            [
              {"title": "Small", "soc_code": "11-3010", "employment": 10, "employment_year": 2024, "median_pay_annual": 1000, "median_pay_year": 2024},
              {"title": "Big", "soc_code": "11-3010", "employment": 90, "employment_year": 2024, "median_pay_annual": 2000.50, "median_pay_hourly": 0.96, "median_pay_year": 2024,
               "job_outlook_pct": -3, "projection_period": "2024-34", "entry_level_education": "Bachelor's degree"},
              {"title": "Tie, first", "soc_code": "25-4022", "employment": 5, "entry_level_education": "See How to Become One"},
              {"title": "Tie, second", "soc_code": "25-4022", "employment": 5},
              {"title": "Military Careers", "soc_code": null}
            ]
            """;
        var diagnostics = new DiagnosticBag();
        var result = OohImport.Convert("ooh.json", JsonData.Parse("ooh.json", json, diagnostics)!, null, diagnostics);

        // Then one row per code, sorted; the largest employment wins and the first on a tie
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["Military Careers"], result.SkippedWithoutSocCode);
        Assert.Equal(2, result.DuplicatesDropped);
        Assert.Equal("""
            soc_code,title,employment,employment_year,median_wage,median_wage_hourly,wage_year,growth_rate,growth_period,education
            11-3010,Big,90,2024,2000.5,0.96,2024,-3,2024-34,Bachelor's degree
            25-4022,"Tie, first",5,,,,,,,

            """.Replace("\r\n", "\n"), FigureTableWriter.Write(result.Rows));
    }

    [Fact]
    public void Import_reports_a_malformed_value_at_its_line_and_column()
    {
        var diagnostics = new DiagnosticBag();
        var csv = "soc_code,title,median_pay_annual\n11-1021,Top Executives,\"$105,350\"\n";
        OohImport.Convert("ooh.csv", CsvRows.Parse("ooh.csv", csv, diagnostics)!, null, diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("ooh.csv:2:24: error: 'median_pay_annual' must be a number, got \"$105,350\"", error.ToString());
    }

    [Fact]
    public void A_written_table_reads_back_as_the_same_rows()
    {
        var rows = new[]
        {
            new FigureRow { SocCode = "27-2011", Title = "Actors, \"stage\" and screen", MedianWageHourly = 23.33m, WageYear = 2024, GrowthRate = 0, Education = "Some college, no degree" },
            new FigureRow { SocCode = "11-1021", Title = "Top Executives", Employment = 4022200, EmploymentYear = 2024, MedianWage = 105350, GrowthRate = 4.5m, GrowthPeriod = "2024-34" },
        };
        var text = FigureTableWriter.Write(rows);
        var diagnostics = new DiagnosticBag();
        var table = FigureTableReader.Read("data/t.csv", CsvRows.Parse("data/t.csv", text, diagnostics)!, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["11-1021", "27-2011"], table.Rows.Select(r => r.SocCode));
        var actors = table.Find("27-2011")!;
        Assert.Equal(("Actors, \"stage\" and screen", 23.33m, "Some college, no degree", (decimal?)null), (actors.Title, actors.HourlyWage!.Value, actors.Education, actors.AnnualWage));
        Assert.Equal((4022200L, 105350m, 4.5m, "2024-34"), (table.Find("11-1021")!.Employment!.Value, table.Find("11-1021")!.MedianWage!.Value, table.Find("11-1021")!.GrowthRate!.Value, table.Find("11-1021")!.GrowthPeriod));
    }
}
