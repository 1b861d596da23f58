using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Output;
using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

/// <summary>Inputs from the wild: odd names, huge files, links out of the site.</summary>
public class ReliabilityTests
{
    [Theory]
    [InlineData("/abs")]
    [InlineData("C:\\x")]
    [InlineData("../../x")]
    [InlineData("Upper-Case")]
    [InlineData("a b")]
    public void Explicit_slugs_outside_a_z_0_9_and_dashes_are_errors_never_paths(string slug)
    {
        var site = TestSite.Build($"-- profiles/x.md --\n---\ntitle: T\ndate: 2025-01-01\ncategory: C\nslug: \"{slug.Replace("\\", "\\\\")}\"\n---\n");
        var error = Assert.Single(site.Errors);
        Assert.Equal((5, 7), (error.Line, error.Column));
        Assert.Contains("'slug' must use only", error.Message);
        Assert.Empty(site.Output.Files);
    }

    [Fact]
    public void Non_ascii_names_get_valid_readable_unique_urls()
    {
        // Given careers whose file names, categories and tags are German, Japanese and emoji
        var site = TestSite.BuildClean("""
            -- profiles/Ärzte & Pflegekräfte.md --
            ---
            title: "Ärzte & Pflegekräfte"
            date: 2025-01-01
            category: "Gesundheit & Pflege"
            tags: ["🚀", "🎨"]
            ---
            -- profiles/航空管制官.md --
            ---
            title: "航空管制官"
            date: 2025-01-01
            category: "運輸"
            ---
            """);

        // Then each gets its own readable folder, and links to it are percent-encoded
        Assert.NotNull(site.Output.Text("careers/arzte-pflegekrafte/index.html"));
        Assert.NotNull(site.Output.Text("careers/航空管制官/index.html"));
        Assert.NotNull(site.Output.Text("categories/gesundheit-pflege/index.html"));
        var tagPages = site.Output.Files.Keys.Where(k => k.StartsWith("tags/x-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tagPages.Count);
        var links = site.Html("careers/index.html").QuerySelectorAll(".az-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/careers/%E8%88%AA%E7%A9%BA%E7%AE%A1%E5%88%B6%E5%AE%98/", links);
    }

    [Fact]
    public void A_site_with_more_tags_than_the_default_loop_limit_builds()
    {
        // Given careers that carry 10,200 tags between them (free-form keywords, say)
        var profiles = string.Concat(Enumerable.Range(0, 3).Select(p =>
            $"-- profiles/p{p}.md --\n---\ntitle: Career {p}\ndate: 2025-01-01\ncategory: C\ntags: [{string.Join(", ", Enumerable.Range(0, 3400).Select(i => $"k{p}x{i}"))}]\n---\nBody.\n"));

        // When the site is built with the built-in templates, whose tags page lists every tag
        var site = TestSite.Build(profiles);

        // Then it builds (the loop limit grows with what a template may list), with a page per tag
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Take(3)));
        site.AssertFile("tags/index.html", "/tags/k2x3399/");
    }

    [Fact]
    public void A_20_mb_profile_builds_or_is_refused_clearly()
    {
        var body = string.Concat(Enumerable.Repeat("Librarians help people find information in many places. ", 360_000));
        Assert.True(body.Length > 20_000_000);
        var bytes = System.Text.Encoding.UTF8.GetBytes($"---\ntitle: Huge\ndate: 2025-01-01\ncategory: C\n---\n{body}\n");
        var bag = new ProfileGen.Diagnostics.DiagnosticBag();
        var text = SourceDecoder.Decode("profiles/huge.md", bytes, bag);
        Assert.NotNull(text);
        var output = new MemoryOutput();
        var result = SiteGenerator.Build(new SiteSource { Profiles = [new SourceFile("profiles/huge.md", text!)] }, new BuildOptions(), output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(output.Files["careers/huge/index.html"].Length > 20_000_000);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_its_size()
    {
        var bag = new ProfileGen.Diagnostics.DiagnosticBag();
        Assert.Null(SourceDecoder.Decode("profiles/big.md", new byte[SourceDecoder.MaxTextBytes + 1], bag));
        Assert.Contains("larger than the 32 MB", Assert.Single(bag.Sorted()).Message);
    }

    [Fact]
    public void Binary_files_are_reported_not_parsed()
    {
        var bag = new ProfileGen.Diagnostics.DiagnosticBag();
        Assert.Null(SourceDecoder.Decode("profiles/photo.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], bag));
        Assert.Contains("binary", Assert.Single(bag.Sorted()).Message);
    }

    [Fact]
    public void Symbolic_links_out_of_the_site_are_not_followed()
    {
        // Given a site whose profiles folder links to a file outside it
        using var outside = new TempFolder();
        var secret = outside.Write("secret.md", "---\ntitle: Secret\ndate: 2025-01-01\ncategory: C\n---\nsecret text\n");
        using var site = new TempFolder();
        site.Write("profiles/a.md", "---\ntitle: A\ndate: 2025-01-01\ncategory: C\n---\n");
        File.CreateSymbolicLink(Path.Combine(site.Path, "profiles", "leak.md"), secret);

        // When the site is loaded
        var source = SiteLoader.Load(site.Path);

        // Then the link is skipped with a warning naming it
        Assert.Equal(["profiles/a.md"], source.Profiles.Select(p => p.Path));
        Assert.Contains(source.LoadProblems, d => d.File == "profiles/leak.md" && d.Message.Contains("outside the site folder"));
    }

    [Fact]
    public void A_linked_folder_that_leads_out_of_the_site_is_not_followed()
    {
        // Given a site whose profiles folder holds a link to a folder outside it, and a real sub-folder
        using var outside = new TempFolder();
        outside.Write("secret.md", "---\ntitle: Secret\ndate: 2025-01-01\ncategory: C\n---\nsecret text\n");
        using var site = new TempFolder();
        site.Write("profiles/a.md", "---\ntitle: A\ndate: 2025-01-01\ncategory: C\n---\n");
        site.Write("profiles/more/b.md", "---\ntitle: B\ndate: 2025-01-01\ncategory: C\n---\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Path, "profiles", "elsewhere"), outside.Path);

        // When the site is loaded
        var source = SiteLoader.Load(site.Path);

        // Then the files under the link are skipped with a warning, and the real sub-folder is read
        Assert.Equal(["profiles/a.md", "profiles/more/b.md"], source.Profiles.Select(p => p.Path));
        Assert.Contains(source.LoadProblems, d => d.File == "profiles/elsewhere/secret.md" && d.Message.Contains("outside the site folder"));
    }

    [Fact]
    public void A_body_with_characters_outside_the_basic_plane_keeps_every_one_of_them()
    {
        // Given a body longer than the renderer's 64K buffer, with emoji (surrogate pairs) all through it
        var paragraph = string.Concat(Enumerable.Range(0, 4000).Select(i => $"word{i} 📚 ✈️ 𝔘 "));
        var site = TestSite.BuildClean("-- profiles/a.md --\n---\ntitle: A\ndate: 2025-01-01\ncategory: C\n---\n" + paragraph + "\n");

        // Then the page holds the text exactly, with no replacement characters where a pair was split
        var html = site.File("careers/a/index.html");
        Assert.Contains(paragraph.Trim(), html);
        Assert.DoesNotContain("\uFFFD", html);
    }

    [Fact]
    public void Html_kept_as_utf8_is_exactly_what_the_text_encodes_to_wherever_its_buffer_breaks()
    {
        // Text appended a character at a time sits in many small chunks; shifting it by 0..40 puts
        // chunk boundaries between the two halves of some surrogate pair
        for (var shift = 0; shift <= 40; shift++)
        {
            var text = new string('a', shift) + string.Concat(Enumerable.Repeat("📚x✈️𝔘é", 300));
            var builder = new System.Text.StringBuilder(1);
            foreach (var c in text) builder.Append(c);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), ProfileGen.Rendering.Utf8Text.Of(builder));
        }
    }

    [Fact]
    public void The_start_up_warm_up_parses_its_throwaway_site_without_a_problem()
    {
        // The warm-up runs unobserved beside every build: a field it spells wrong would only make it silently useless
        var reported = ProfileGen.Build.Warmup.Run().Sorted();
        Assert.True(reported.Count == 0, string.Join("\n", reported));
    }
}
