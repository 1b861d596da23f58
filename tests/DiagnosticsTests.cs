using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

public class DiagnosticsTests
{
    private static TestSite BuildOne(string profile) => TestSite.Build("-- profiles/x.md --\n" + profile);

    [Theory]
    [InlineData("---\ntitle: \"Unclosed\ndate: 2025-01-01\ncategory: C\n---\n", 2, "not valid YAML")]
    [InlineData("---\ntitle: T\n\tdate: 2025-01-01\ncategory: C\n---\n", 3, "tab")]
    [InlineData("---\ntitle: T\ndate: 2025-01-01\n", 1, "never closed")]
    [InlineData("", 1, "empty")]
    [InlineData("just text\n", 1, "does not start with front matter")]
    [InlineData("---\ntitle: T\ndate: 2025-01-01\n---\n", 1, "missing required field 'category'")]
    [InlineData("---\ntitle: T\ndate: 2025-13-45\ncategory: C\n---\n", 3, "'date' must be a date")]
    [InlineData("---\ntitle: T\ndate: 2025-01-01\ncategory: C\nemployment: lots\n---\n", 5, "'employment' must be a whole number")]
    [InlineData("---\ntitle: T\ndate: 2025-01-01\ncategory: C\nmedian_wage: -5\n---\n", 5, "out of range")]
    [InlineData("---\ntitle: T\ndate: 2025-01-01\ncategory: C\ngrowth_rate: 10000\n---\n", 5, "out of range")]
    [InlineData("---\ntitle: [a, b]\ndate: 2025-01-01\ncategory: C\n---\n", 2, "'title' must be a single text value")]
    [InlineData("---\ntitle: T\ndate: 2025-01-01\ncategory: C\ncommon_names: {a: 1}\n---\n", 5, "'common_names' must be a list")]
    [InlineData("---\ntitle: T\ndate: 2025-01-01\ncategory: C\nslug: ../../x\n---\n", 5, "'slug' must use only")]
    [InlineData("---\ntitle: T\ndate: 2025-01-01\ncategory: C\nsoc_code: abc\n---\n", 5, "'soc_code'")]
    public void Bad_front_matter_is_an_error_at_its_line(string text, int line, string message)
    {
        var site = BuildOne(text);
        Assert.Contains(site.Errors, d => d.File == "profiles/x.md" && d.Line == line && d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Empty(site.Output.Files);
    }

    [Fact]
    public void Fields_after_dozens_of_others_are_still_found_at_their_line()
    {
        // Given a profile whose category and slug follow 40 fields of its own, and another with the same slug
        var extra = string.Concat(Enumerable.Range(0, 40).Select(i => $"x{i}: {i}\n"));
        var site = TestSite.Build($"-- profiles/a.md --\n---\ntitle: A\ndate: 2025-01-01\n{extra}category: C\nslug: same\n---\n"
                                  + "-- profiles/b.md --\n---\ntitle: B\ndate: 2025-01-01\ncategory: C\nslug: same\n---\n");

        // Then the category is found (no "missing" error), and the clash is reported at the slug's own line
        Assert.DoesNotContain(site.Errors, d => d.Message.Contains("missing required field", StringComparison.Ordinal));
        Assert.Contains(site.Errors, d => d.File == "profiles/a.md" && d.Line == 45 && d.Message.Contains("/careers/same/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_field_is_a_warning_with_a_suggestion()
    {
        var site = BuildOne("---\ntitle: T\ndate: 2025-01-01\ncategory: C\nmeidan_wage: 5\n---\n");
        var warning = Assert.Single(site.Warnings);
        Assert.Equal((5, 1), (warning.Line, warning.Column));
        Assert.Equal("did you mean 'median_wage'?", warning.Hint);
        Assert.True(site.Result.Succeeded);
    }

    [Fact]
    public void Every_problem_of_the_build_is_reported_not_just_the_first()
    {
        var site = TestSite.Build("""
            -- profiles/a.md --
            ---
            title: A
            date: nope
            category: C
            ---
            -- profiles/b.md --
            ---
            title: B
            date: 2025-01-01
            category: C
            employment: many
            ---
            """);
        Assert.Equal(["profiles/a.md:3:7", "profiles/b.md:5:13"], site.Errors.Select(e => $"{e.File}:{e.Line}:{e.Column}"));
    }

    [Fact]
    public void A_bom_and_crlf_line_endings_simply_work()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("---\r\ntitle: T\r\ndate: 2025-01-01\r\ncategory: C\r\n---\r\nBody\r\n")).ToArray();
        var bag = new ProfileGen.Diagnostics.DiagnosticBag();
        var text = ProfileGen.Content.SourceDecoder.Decode("profiles/x.md", bytes, bag);
        var site = TestSite.BuildClean("-- profiles/x.md --\n" + text);
        Assert.Equal("T", site.Html("careers/x/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_bad_byte()
    {
        var bag = new ProfileGen.Diagnostics.DiagnosticBag();
        var bytes = System.Text.Encoding.UTF8.GetBytes("---\ntitle: caf").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        Assert.Null(ProfileGen.Content.SourceDecoder.Decode("profiles/x.md", bytes, bag));
        var error = Assert.Single(bag.Sorted());
        Assert.Equal((2, 11), (error.Line, error.Column));
    }

    [Fact]
    public void Two_profiles_with_the_same_slug_are_an_error_naming_both()
    {
        var site = TestSite.Build("""
            -- profiles/a.md --
            ---
            title: A
            date: 2025-01-01
            category: C
            slug: same
            ---
            -- profiles/b.md --
            ---
            title: B
            date: 2025-01-01
            category: C
            slug: same
            ---
            """);
        Assert.Equal(2, site.Errors.Count);
        Assert.Contains(site.Errors, e => e.File == "profiles/a.md" && e.Message.Contains("profiles/b.md"));
        Assert.Contains(site.Errors, e => e.File == "profiles/b.md" && e.Message.Contains("profiles/a.md"));
    }

    [Fact]
    public void Tags_whose_urls_collide_are_an_error_naming_both()
    {
        var site = TestSite.Build("""
            -- profiles/a.md --
            ---
            title: A
            date: 2025-01-01
            category: C
            tags: ["C#"]
            ---
            -- profiles/b.md --
            ---
            title: B
            date: 2025-01-01
            category: C
            tags: ["C"]
            ---
            """);
        var error = Assert.Single(site.Errors);
        Assert.Contains("'C#'", error.Message + error.File);
        Assert.Contains("/tags/c/", error.Message);
        Assert.Contains("profiles/a.md", error.Message + error.File);
        Assert.Contains("profiles/b.md", error.Message + error.File);
    }

    [Fact]
    public void A_broken_config_is_an_error_in_profilegen_yml()
    {
        var site = TestSite.Build("-- profilegen.yml --\ntitle: \"x\nbase_url: y\n" + Support.Profiles.Profile("a", "A"));
        Assert.Contains(site.Errors, e => e.File == "profilegen.yml" && e.Line == 1);
    }

    [Fact]
    public void An_unknown_config_key_is_a_warning_with_a_suggestion()
    {
        var site = TestSite.Build("-- profilegen.yml --\ntitel: x\n" + Support.Profiles.Profile("a", "A"));
        var warning = Assert.Single(site.Warnings);
        Assert.Equal("profilegen.yml", warning.File);
        Assert.Equal("did you mean 'title'?", warning.Hint);
    }

    [Fact]
    public void Printed_diagnostics_show_the_source_line_and_a_caret()
    {
        var site = BuildOne("---\ntitle: T\ndate: 2025-01-01\ncategory: C\nemployment: lots\n---\n");
        var writer = new StringWriter();
        ProfileGen.Diagnostics.DiagnosticPrinter.Print(writer, site.Result.Diagnostics, site.Source.TextOf);
        Assert.Equal("profiles/x.md:5:13: error: 'employment' must be a whole number, got \"lots\"\n 5 | employment: lots\n   |             ^\n", writer.ToString().Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("Ärzte & Pflegekräfte", "arzte-pflegekrafte")]
    [InlineData("航空管制官", "航空管制官")]
    [InlineData("Education, Training & Library", "education-training-library")]
    [InlineData("C#", "c")]
    public void Names_become_readable_url_segments(string name, string slug) =>
        Assert.Equal(slug, ProfileGen.Model.Slug.From(name));

    [Fact]
    public void Emoji_only_names_still_get_a_unique_url()
    {
        var a = ProfileGen.Model.Slug.From("🚀");
        var b = ProfileGen.Model.Slug.From("🎨");
        Assert.NotEqual(a, b);
        Assert.Matches("^x-[0-9a-f]{8}$", a);
    }
}
