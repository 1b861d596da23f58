using ProfileGen.Build;
using ProfileGen.Check;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

/// <summary><c>profilegen check</c>: what build validates, plus links that lead nowhere and shared titles.</summary>
public class CheckTests
{
    private static CheckResult Check(string files, BuildOptions? options = null) => SiteChecker.Check(TestSite.Parse(files), options ?? new BuildOptions());

    [Fact]
    public void A_body_link_to_a_missing_page_is_an_error_at_its_line_in_the_profile()
    {
        // Given a profile whose body links to one career that exists and one that does not
        var result = Check(Profile("a", "Alpha") + Profile("b", "Beta", body: "See [alpha](/careers/a/).\n\nAnd [gone](/careers/gone/) too, or [relative](../a/)."));

        // Then only the missing one is reported, at the profile's file, line and column
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("profiles/b.md:9:5: error: the link '/careers/gone/' points to no page of the site", error.ToString());
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Body_links_are_checked_under_a_sub_path_too_and_images_count()
    {
        var result = Check(Profile("a", "Alpha", body: "[ok](/careers/a/) ![chart](/img/missing.png) [feed](/feed.xml) [folder](/careers/a)"),
            new BuildOptions { BaseUrl = "https://example.org/jobs/" });
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("the image '/img/missing.png' points to no page of the site", error.Message);
    }

    [Fact]
    public void A_template_link_to_a_missing_page_is_reported_at_the_template_line()
    {
        var result = Check(Profile("a", "Alpha") + Profile("b", "Beta") + """

            -- templates/profile.html --
            <h1>{{ page.title }}</h1>
            <a href="{{ url "/nowhere/" }}">gone</a>
            """);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("templates/profile.html", error.File);
        Assert.Equal((2, 18), (error.Line, error.Column));
        Assert.Equal("the link '/nowhere/' on /careers/a/ points to no page of the site (and 1 more pages)", error.Message);
    }

    [Fact]
    public void A_template_link_that_skips_the_url_function_breaks_under_a_sub_path()
    {
        var result = Check(Profile("a", "Alpha") + """

            -- templates/profile.html --
            <a href="/careers/">all careers</a>
            """, new BuildOptions { BaseUrl = "https://example.org/jobs/" });
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("leaves the site's base path /jobs/", error.Message);
        Assert.Contains("{{ url \"/careers/\" }}", error.Hint);
    }

    [Fact]
    public void The_default_templates_and_the_sample_site_have_no_broken_links()
    {
        var result = SiteChecker.Check(ProfileGen.Content.SiteLoader.Load(SharedData.RepositoryRoot), new BuildOptions { BaseUrl = "https://example.org/sub/path/" });
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Related_slugs_that_do_not_exist_are_warnings_at_their_line()
    {
        var result = Check(Profile("a", "Alpha", extra: "related: [nobody]"));
        var warning = Assert.Single(result.Diagnostics);
        Assert.False(warning.IsError);
        Assert.Equal(("profiles/a.md", 5), (warning.File, warning.Line));
        Assert.Contains("nobody", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Duplicate_titles_are_a_warning_naming_both_files()
    {
        var result = Check(Profile("a", "Nurses") + Profile("b", " nurses "));
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.False(d.IsError));
        Assert.Equal("profiles/a.md:2:8: warning: the title \"Nurses\" is also the title of profiles/b.md", result.Diagnostics[0].ToString());
        Assert.Equal("profiles/b.md:2:8: warning: the title \"nurses\" is also the title of profiles/a.md", result.Diagnostics[1].ToString());
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_career_cannot_be_in_no_category_because_category_is_required()
    {
        // A career in no category cannot reach the site: the missing field is an error first.
        var result = Check("""
            -- profiles/a.md --
            ---
            title: Alpha
            date: 2025-01-01
            ---
            Body.
            """);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("profiles/a.md:1:1: error: missing required field 'category'", error.ToString());
    }

    [Fact]
    public void Strict_makes_warnings_errors()
    {
        Assert.False(Check(Profile("a", "Nurses") + Profile("b", "Nurses"), new BuildOptions { Strict = true }).Succeeded);
    }
}

[Collection("console")]
public class CheckCommandTests
{
    [Fact]
    public void Check_exits_1_naming_file_line_and_column_and_writes_nothing()
    {
        using var site = new TempFolder();
        site.Write("profiles/a.md", "---\ntitle: Alpha\ndate: 2025-01-01\ncategory: Health\n---\nSee [gone](/careers/gone/).\n");

        var (code, _, error) = CommandLine.Run("check", "--source", site.Path);

        Assert.Equal(1, code);
        Assert.Contains("profiles/a.md:6:5: error: the link '/careers/gone/' points to no page of the site", error);
        Assert.Contains(" 6 | See [gone](/careers/gone/).", error);
        Assert.Contains("Checked 1 career and ", error);
        Assert.Equal(["profiles"], Directory.EnumerateFileSystemEntries(site.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Check_exits_0_with_only_warnings()
    {
        using var site = new TempFolder();
        site.Write("profiles/a.md", "---\ntitle: Alpha\ndate: 2025-01-01\ncategory: Health\nrelated: [nobody]\n---\nBody.\n");
        var (code, output, error) = CommandLine.Run("check", "--source", site.Path);
        Assert.Equal(0, code);
        Assert.Contains("warning", error);
        Assert.Contains("0 errors, 1 warning.", output);
    }
}
