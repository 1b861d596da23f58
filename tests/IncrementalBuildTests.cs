using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

/// <summary>
/// A second <c>profilegen build</c> into the same output folder renders only the pages whose inputs
/// changed, and must give exactly the site a clean build gives. Each test builds a small site,
/// edits one kind of input, rebuilds, and compares every byte with a clean build of the edited
/// site; it also checks that a file is rewritten exactly when its bytes change.
/// </summary>
[Collection("console")]
public class IncrementalBuildTests
{
    private static readonly (string Slug, string Title, string Category, string Tags, int Wage, string Words)[] Careers =
    [
        ("librarians", "Librarians", "Education", "[research, books]", 64370, "catalog books archives research reading collections"),
        ("library-technicians", "Library Technicians", "Education", "[books]", 39940, "catalog books shelving circulation collections"),
        ("archivists", "Archivists", "Education", "[research]", 58930, "archives records preservation collections research"),
        ("teachers", "Teachers", "Education", "[teaching]", 61690, "lessons students classrooms reading grading"),
        ("nurses", "Registered Nurses", "Healthcare", "[patients, care]", 86070, "patients care hospitals medication charts"),
        ("nursing-assistants", "Nursing Assistants", "Healthcare", "[patients]", 38130, "patients care bathing feeding hospitals"),
        ("pharmacists", "Pharmacists", "Healthcare", "[care]", 136030, "medication prescriptions patients pharmacy dosage"),
        ("surgeons", "Surgeons", "Healthcare", "[patients]", 239200, "operations patients hospitals anesthesia care"),
    ];

    private static string ProfileText(string title, string category, string tags, int wage, string words, string extraBody = "", string extraField = "") =>
        $"---\ntitle: \"{title}\"\ndate: 2025-01-01\ncategory: \"{category}\"\ntags: {tags}\nmedian_wage: {wage}\ngrowth_rate: 3\n{extraField}---\n" +
        $"## What They Do\n\n{title} work with {words}.\n\n- Handle {words.Split(' ')[0]}\n- Plan {words.Split(' ')[1]}\n\n{extraBody}";

    private static TempFolder NewSite()
    {
        var site = new TempFolder();
        site.Write("profilegen.yml", "title: \"Careers\"\nbase_url: \"https://example.org/guide/\"\n");
        foreach (var c in Careers) site.Write($"profiles/{c.Slug}.md", ProfileText(c.Title, c.Category, c.Tags, c.Wage, c.Words));
        // A second layout a profile can choose with `layout: plain`.
        site.Write("templates/layouts/plain.html", "<!DOCTYPE html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n");
        Settle(site);
        return site;
    }

    /// <summary>
    /// Dates the profiles an hour back, as files are that were not just written: a build trusts the
    /// size and time only of a file older than a couple of seconds, so only settled files are left unread.
    /// </summary>
    private static void Settle(TempFolder site)
    {
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Path, "profiles"))) File.SetLastWriteTimeUtc(file, anHourAgo);
    }

    public static TheoryData<string> Edits =>
    [
        "body", "title", "category", "wage", "tags", "layout", "add", "delete", "template", "config", "base_url", "asset", "data", "nothing",
    ];

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_rebuild_after_an_edit_equals_a_clean_build_and_rewrites_only_changed_files(string edit)
    {
        // Given a site built once
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);
        var before = TempFolder.Snapshot(output);
        var stampsBefore = Stamps(output);

        // When one input is edited and the site is built again into the same folder
        Edit(site, edit);
        Build(site.Path);

        // Then the output is byte for byte what a clean build of the edited site gives
        var after = AssertEqualsCleanBuild(site, output, edit);

        // And a file was rewritten exactly when its bytes changed, so a sync moves only those
        var stampsAfter = Stamps(output);
        foreach (var (path, bytes) in after)
        {
            if (!before.TryGetValue(path, out var old)) continue;
            var changed = !old.AsSpan().SequenceEqual(bytes);
            Assert.True(changed == (stampsBefore[path] != stampsAfter[path]), $"{edit}: {path} {(changed ? "changed but kept its old time" : "was rewritten with the same bytes")}");
        }
        if (edit == "nothing") Assert.Equal(stampsBefore, stampsAfter);
    }

    [Fact]
    public void A_body_edit_renders_only_the_pages_that_show_that_career()
    {
        using var site = NewSite();
        Build(site.Path);

        site.Write("profiles/surgeons.md", ProfileText("Surgeons", "Healthcare", "[patients]", 239200, "operations patients hospitals anesthesia care", "A new paragraph."));
        var (_, report, _) = CommandLine.Run("build", "--source", site.Path, "--json");

        // 8 careers + their category, tag, index and home pages: most are kept as they were
        var json = System.Text.Json.JsonDocument.Parse(report).RootElement;
        var kept = json.GetProperty("pages_kept").GetInt32();
        var written = json.GetProperty("pages_written").GetInt32();
        Assert.InRange(written - kept, 1, written / 2);
        Assert.Equal(1, json.GetProperty("files_changed").GetInt32()); // only careers/surgeons/index.html has new bytes
    }

    [Theory]
    [InlineData("tag.html", "<h1>Tagged: {{ page.title }}</h1>\n", "tags/")]
    [InlineData("partials/career-card.html", "<li><a href=\"{{ career.url }}\">{{ career.title }}</a></li>\n", null)]
    public void A_template_edit_renders_only_the_pages_that_use_that_template(string template, string text, string? onlyUnder)
    {
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);
        var before = Stamps(output);

        site.Write($"templates/{template}", text);
        var (_, report, _) = CommandLine.Run("build", "--source", site.Path, "--json");

        // Pages that do not use the template are kept; with a partial, which pages those are
        // depends on what includes it, so only the count is checked
        var json = System.Text.Json.JsonDocument.Parse(report).RootElement;
        Assert.True(json.GetProperty("pages_kept").GetInt32() > 0, "some pages do not use the template and should be kept");
        var rewritten = Stamps(output).Where(kv => !before.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key.Replace('\\', '/')).ToList();
        Assert.NotEmpty(rewritten);
        if (onlyUnder is not null) Assert.All(rewritten, path => Assert.StartsWith(onlyUnder, path));
    }

    [Fact]
    public void A_page_someone_changed_in_the_output_folder_is_written_again()
    {
        using var site = NewSite();
        var page = Path.Combine(site.Path, "site-output", "careers", "nurses", "index.html");
        Build(site.Path);
        var good = File.ReadAllText(page);

        File.WriteAllText(page, "vandalised");
        Build(site.Path);

        Assert.Equal(good, File.ReadAllText(page));
    }

    [Fact]
    public void A_deleted_career_loses_its_page_and_its_empty_folder_but_user_files_stay()
    {
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);
        site.Write("site-output/careers/notes.txt", "mine");

        File.Delete(Path.Combine(site.Path, "profiles", "pharmacists.md"));
        Build(site.Path);

        Assert.False(Directory.Exists(Path.Combine(output, "careers", "pharmacists")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "careers", "notes.txt")));
    }

    [Fact]
    public void A_user_file_where_a_new_page_goes_stops_the_build_and_nothing_is_replaced()
    {
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);
        site.Write("site-output/careers/dentists/index.html", "my own page");
        var before = TempFolder.Snapshot(output);

        site.Write("profiles/dentists.md", ProfileText("Dentists", "Healthcare", "[care]", 170910, "teeth patients care fillings"));
        var (code, _, error) = CommandLine.Run("build", "--source", site.Path);

        Assert.Equal(1, code);
        Assert.Contains("careers/dentists/index.html is not a file ProfileGen wrote", error);
        var after = TempFolder.Snapshot(output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
    }

    [Fact]
    public void A_damaged_cache_costs_a_full_build_not_a_failed_one()
    {
        using var site = NewSite();
        Build(site.Path);
        File.WriteAllText(Path.Combine(site.Path, ".profilegen-cache", "build-state"), "not a cache");
        site.Write("profiles/teachers.md", ProfileText("Teachers", "Education", "[teaching]", 61690, "lessons students classrooms reading grading", "More."));

        var (code, report, _) = CommandLine.Run("build", "--source", site.Path, "--json");

        Assert.Equal(0, code);
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(report).RootElement.GetProperty("pages_kept").GetInt32());
    }

    [Theory]
    [InlineData("build-state")]
    [InlineData("parsed")]
    [InlineData("sources")]
    [InlineData("rankings")]
    public void Any_damage_to_a_cache_file_costs_time_never_a_failed_build_or_a_wrong_page(string file)
    {
        // Given a site built once, so that the cache file exists
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);
        var path = Path.Combine(site.Path, ".profilegen-cache", file);
        var good = File.ReadAllBytes(path);

        // When the file is cut short, or bytes in it are overwritten (0xFF makes a negative or huge count)
        var damaged = new List<byte[]> { good[..(good.Length / 2)], good[..(good.Length - 3)] };
        foreach (var at in new[] { 0.02, 0.1, 0.3, 0.5, 0.7, 0.9 })
        {
            var copy = (byte[])good.Clone();
            var i = (int)(at * (copy.Length - 4));
            copy[i] = copy[i + 1] = copy[i + 2] = copy[i + 3] = 0xFF;
            damaged.Add(copy);
        }
        foreach (var bytes in damaged)
        {
            File.WriteAllBytes(path, bytes);
            Build(site.Path);

            // Then every build succeeds and its site is what a clean build gives
            AssertEqualsCleanBuild(site, output, $"{file} damaged");
        }
    }

    [Fact]
    public void The_build_state_and_the_source_stamps_read_back_from_any_damage_without_throwing()
    {
        // Given the state and stamps a build left (no checksum guards them, unlike the parse cache)
        using var site = NewSite();
        Build(site.Path);
        foreach (var file in new[] { "build-state", "sources" })
        {
            var path = Path.Combine(site.Path, ".profilegen-cache", file);
            var good = File.ReadAllBytes(path);
            var damagedPath = path + ".damaged";

            // When any four bytes are overwritten with 0xFF (a negative count, a huge length, a wrong index)
            for (var at = 0; at + 4 <= good.Length; at++)
            {
                var copy = (byte[])good.Clone();
                copy.AsSpan(at, 4).Fill(0xFF);
                File.WriteAllBytes(damagedPath, copy);

                // Then reading it gives no state or some state, never an exception
                var exception = Record.Exception(() =>
                {
                    if (file == "build-state") ProfileGen.Incremental.BuildState.Load(damagedPath);
                    else ProfileGen.Incremental.SourceStamps.Load(damagedPath);
                });
                Assert.True(exception is null, $"{file} damaged at byte {at}: {exception}");
            }
        }
    }

    [Fact]
    public void A_parse_cache_damaged_on_disk_is_not_trusted()
    {
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);

        // One letter of a cached body changes, as a bad disk sector would change it: still valid text
        var pack = Path.Combine(site.Path, ".profilegen-cache", "parsed");
        var bytes = File.ReadAllBytes(pack);
        var at = bytes.AsSpan().IndexOf("anesthesia"u8);
        Assert.True(at > 0);
        bytes[at] = (byte)'X';
        File.WriteAllBytes(pack, bytes);
        File.Delete(Path.Combine(site.Path, ".profilegen-cache", "build-state"));
        Build(site.Path);

        Assert.DoesNotContain("Xnesthesia", File.ReadAllText(Path.Combine(output, "careers", "surgeons", "index.html")));
    }

    [Fact]
    public void Edits_in_a_row_keep_every_rebuild_equal_to_a_clean_build_while_the_parse_cache_grows_and_is_rewritten()
    {
        // Given a site built once, whose parse cache is then cut short in the middle of an append
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);
        var pack = Path.Combine(site.Path, ".profilegen-cache", "parsed");
        File.AppendAllText(pack, "half an entry");
        var (slug, title, category, tags, wage, words) = Careers[3];
        var kept = new List<int[]>();

        // When the same body is edited again and again, each edit followed by a build
        for (var round = 0; round < 6; round++)
        {
            site.Write($"profiles/{slug}.md", ProfileText(title, category, tags, wage, words, $"Edit number {round}."));
            Assert.Equal(Careers.Length - 1, FromCache(site.Path));

            // Then every rebuild is what a clean build gives
            AssertEqualsCleanBuild(site, output, $"round {round}");

            // And the next build finds every profile, the edited one too, in the cache
            Assert.Equal(Careers.Length, FromCache(site.Path));
            var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(pack));
            kept.Add(Enumerable.Range(0, round + 1).Where(r => text.Contains($"Edit number {r}.", StringComparison.Ordinal)).ToArray());
        }

        // And the cache appended the new versions (the old ones stay for a while), then was written
        // afresh once a quarter of it was stale: it never held more than three versions
        Assert.Equal([0, 1], kept[1]);
        Assert.Equal([5], kept[5]);
        Assert.All(kept, versions => Assert.InRange(versions.Length, 1, 3));
    }

    [Fact]
    public void The_executable_rebuilds_after_a_body_edit_what_a_clean_build_gives()
    {
        // Given the profilegen executable itself (the tests above call its command line in this process,
        // so they never start it: its caches are then read while the command line is still being parsed)
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        (int Code, string Out, string Error) Profilegen(string folder, params string[] args)
        {
            var start = new System.Diagnostics.ProcessStartInfo(Environment.ProcessPath!) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "profilegen.dll"));
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = System.Diagnostics.Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, text, error.Result);
        }
        var first = Profilegen(Path.GetTempPath(), "build", "--source", site.Path);
        Assert.True(first.Code == 0, first.Error);
        Assert.True(File.Exists(Path.Combine(site.Path, ".profilegen-cache", "rankings")));

        // When a body is edited and the site built again by a new process, from inside the site folder
        Edit(site, "body");
        var (code, report, error) = Profilegen(site.Path, "build", "--json");
        Assert.True(code == 0, error);

        // Then it used the last build's cache, and its output is what a clean build gives
        var json = System.Text.Json.JsonDocument.Parse(report).RootElement;
        Assert.True(json.GetProperty("pages_kept").GetInt32() > 0, report);
        Assert.Equal(1, json.GetProperty("files_changed").GetInt32());
        AssertEqualsCleanBuild(site, output, "the executable's rebuild");
    }

    private static void Edit(TempFolder site, string edit)
    {
        var (slug, title, category, tags, wage, words) = Careers[1];
        switch (edit)
        {
            case "body": site.Write($"profiles/{slug}.md", ProfileText(title, category, tags, wage, words, "They also repair bindings.")); break;
            case "title": site.Write($"profiles/{slug}.md", ProfileText("Archive and Library Technicians", category, tags, wage, words)); break;
            case "category": site.Write($"profiles/{slug}.md", ProfileText(title, "Healthcare", tags, wage, words)); break;
            case "wage": site.Write($"profiles/{slug}.md", ProfileText(title, category, tags, 250000, words)); break;
            case "tags": site.Write($"profiles/{slug}.md", ProfileText(title, category, "[books, research, care]", wage, words)); break;
            case "layout": site.Write($"profiles/{slug}.md", ProfileText(title, category, tags, wage, words, extraField: "layout: plain\n")); break;
            case "add": site.Write("profiles/dentists.md", ProfileText("Dentists", "Healthcare", "[care]", 170910, "teeth patients care fillings")); break;
            case "delete": File.Delete(Path.Combine(site.Path, "profiles", $"{slug}.md")); break;
            case "template": site.Write("templates/partials/footer.html", "<footer><p>Made by the careers team.</p></footer>\n"); break;
            case "config": site.Write("profilegen.yml", "title: \"Career Guide\"\nbase_url: \"https://example.org/guide/\"\n"); break;
            // Body links are rewritten under the base path, so every profile, though unchanged and unread, is parsed again.
            case "base_url": site.Write("profilegen.yml", "title: \"Careers\"\nbase_url: \"https://example.org/careers/\"\n"); break;
            case "asset": site.Write("templates/assets/style.css", "body { color: #111; }\n"); break;
            case "data": site.Write("data/notes.yml", "motto: Find your work\n"); break;
            case "nothing": break;
            default: throw new ArgumentException(edit);
        }
    }

    [Theory]
    [InlineData("title")]
    [InlineData("tags")]
    [InlineData("category")]
    [InlineData("add")]
    [InlineData("delete")]
    public void A_list_split_into_pages_is_rebuilt_like_a_clean_build_when_an_edit_moves_careers_across_its_pages(string edit)
    {
        // Given a site whose category and tag lists run over several pages of two careers each
        // (a list page is kept or rendered again from what it is made of: its careers, its number and its title)
        using var site = NewSite();
        site.Write("profilegen.yml", "title: \"Careers\"\nbase_url: \"https://example.org/guide/\"\npagination:\n  size: 2\n");
        // List templates that read only the page's own slice, not the category or tag object (which lists every career)
        foreach (var list in new[] { "category.html", "tag.html" })
            site.Write($"templates/{list}", "<h1>{{ page.title }}</h1><ol>{{ for c in page.pages }}<li>{{ c.title }}</li>{{ end }}</ol><p>{{ page.pager.page_number }} of {{ page.pager.total_pages }}</p>\n");
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);
        Assert.True(File.Exists(Path.Combine(output, "categories", "education", "page", "2", "index.html")), "the test needs a second page");

        // When an edit reorders, adds or removes careers of those lists (Library Technicians, second of four in Education, is retitled to sort first)
        Edit(site, edit);
        Build(site.Path);

        // Then every page of every list is what a clean build gives
        AssertEqualsCleanBuild(site, output, edit);
    }

    [Fact]
    public void A_tag_page_whose_careers_change_places_is_rendered_again_though_none_of_them_changed()
    {
        // Given a tag shared by three careers, each alone in its category (so no neighbour changes), two to a page
        using var site = NewSite();
        site.Write("profilegen.yml", "title: \"Careers\"\nbase_url: \"https://example.org/guide/\"\npagination:\n  size: 2\n");
        site.Write("templates/tag.html", "<h1>{{ page.title }}</h1><ol>{{ for c in page.pages }}<li>{{ c.title }}</li>{{ end }}</ol>\n");
        foreach (var (slug, title, category) in new[] { ("beta", "Beta Analysts", "Cat One"), ("delta", "Delta Analysts", "Cat Two"), ("zeta", "Zeta Analysts", "Cat Three") })
            site.Write($"profiles/{slug}.md", ProfileText(title, category, "[shared]", 50000, "ledgers audits forecasts"));
        Settle(site);
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);
        Assert.Contains("Delta Analysts", File.ReadAllText(Path.Combine(output, "tags", "shared", "index.html")));

        // When the last one is retitled to sort first: page 1 now lists it and Beta, page 2 Delta
        site.Write("profiles/zeta.md", ProfileText("Alpha Analysts", "Cat Three", "[shared]", 50000, "ledgers audits forecasts"));
        Build(site.Path);

        // Then both pages show their new careers, as a clean build does
        Assert.Contains("Alpha Analysts", File.ReadAllText(Path.Combine(output, "tags", "shared", "index.html")));
        Assert.Contains("Delta Analysts", File.ReadAllText(Path.Combine(output, "tags", "shared", "page", "2", "index.html")));
        AssertEqualsCleanBuild(site, output, "retitle");
    }

    /// <summary>Bakers and cooks (Food) and zookeepers (Animals), under this configuration besides a title and base URL.</summary>
    private static TempFolder ThreeCareers(string config, string bakersWords, string zookeepersWords)
    {
        var site = new TempFolder();
        site.Write("profilegen.yml", "title: Jobs\nbase_url: https://example.org/\n" + config);
        site.Write("profiles/bakers.md", ProfileText("Bakers", "Food", "[]", 40000, bakersWords));
        site.Write("profiles/cooks.md", ProfileText("Cooks", "Food", "[]", 35000, "kitchens grills"));
        site.Write("profiles/zookeepers.md", ProfileText("Zookeepers", "Animals", "[]", 32000, zookeepersWords));
        return site;
    }

    /// <summary>Gives the site this career template in a bare layout (nothing else of the site on the page), settles its profiles and builds it once; returns the output folder.</summary>
    private static string BuildWithCareerTemplate(TempFolder site, string profileTemplate)
    {
        site.Write("templates/profile.html", profileTemplate);
        site.Write("templates/layouts/base.html", "<!DOCTYPE html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n");
        Settle(site);
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);
        return output;
    }

    /// <summary>Asserts the output folder holds byte for byte what a clean build of the site gives, and returns its files.</summary>
    private static SortedDictionary<string, byte[]> AssertEqualsCleanBuild(TempFolder site, string output, string label)
    {
        var clean = Path.Combine(site.Path, "clean-output");
        if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        Build(site.Path, "--no-cache", "--output", clean);
        var expected = TempFolder.Snapshot(clean);
        var after = TempFolder.Snapshot(output);
        Assert.Equal(expected.Keys, after.Keys);
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{label}: {path} differs from a clean build");
        return after;
    }

    [Theory]
    [InlineData("neighbours")]
    [InlineData("related")]
    public void A_career_whose_file_did_not_change_but_whose_neighbours_or_related_careers_did_is_rendered_again(string change)
    {
        // Given careers whose pages show only their own neighbours (or only their one closest career),
        // so that a page depends on nothing else that changes
        using var site = new TempFolder();
        site.Write("profilegen.yml", change == "neighbours"
            ? "title: Jobs\nbase_url: https://example.org/\nrelated:\n  count: 0\n"
            : "title: Jobs\nbase_url: https://example.org/\nrelated:\n  count: 1\n  weights: {category: 0, tags: 0, soc_major: 0, soc_minor: 0, education: 0}\n");
        site.Write("profiles/bakers.md", ProfileText("Bakers", "Food", "[]", 40000, "bread ovens dough flour kitchens"));
        site.Write("profiles/cooks.md", ProfileText("Cooks", "Food", "[]", 35000, "kitchens grills"));
        site.Write("profiles/zookeepers.md", ProfileText("Zookeepers", "Animals", "[]", 32000, "animals enclosures feeding"));
        // A career page that shows nothing of the site but the career itself and these
        var output = BuildWithCareerTemplate(site, "<h1>{{ page.title }}</h1>{{ if page.next }}<a href=\"{{ page.next.url }}\">next</a>{{ end }}{{ for r in page.related }}<a href=\"{{ r.url }}\">related</a>{{ end }}\n");

        // When a career is added between two others (the bakers' next career changes), or another
        // career's text comes to match the bakers' better than the cooks' does (the cooks' closest
        // career stays the bakers)
        if (change == "neighbours") site.Write("profiles/chefs.md", ProfileText("Chefs", "Food", "[]", 50000, "menus kitchens"));
        else site.Write("profiles/zookeepers.md", ProfileText("Zookeepers", "Animals", "[]", 32000, "bread ovens dough flour"));
        Build(site.Path);

        // Then the bakers' page, its file unchanged, shows the change as a clean build does
        var after = AssertEqualsCleanBuild(site, output, change);
        var bakers = System.Text.Encoding.UTF8.GetString(after[Path.Combine("careers", "bakers", "index.html")]);
        Assert.Contains(change == "neighbours" ? "/careers/chefs/" : "/careers/zookeepers/", bakers);
    }

    [Fact]
    public void A_new_related_career_renders_again_the_careers_own_page_but_not_the_lists_that_show_it()
    {
        // Given three careers, each related to its one closest career by text, on the default templates
        using var site = ThreeCareers("related:\n  count: 1\n  weights: {category: 0, tags: 0, soc_major: 0, soc_minor: 0, education: 0}\n",
            "bread ovens dough flour kitchens", "animals enclosures feeding");
        Settle(site);
        var output = Path.Combine(site.Path, "site-output");
        Build(site.Path);

        // When a paragraph added to the end of the zookeepers' body (their summary stays) comes to match the
        // bakers' text best: the bakers' related career changes, nothing else of theirs
        site.Write("profiles/zookeepers.md", ProfileText("Zookeepers", "Animals", "[]", 32000, "animals enclosures feeding", "Bread, ovens, dough and flour in the kitchens.\n"));
        var (_, report, _) = CommandLine.Run("build", "--source", site.Path, "--json");

        // Then the pages that list the bakers by title (the A–Z index, their category, the home page)
        // are kept, and only the career pages that show a related career or a body that changed are rendered
        var json = System.Text.Json.JsonDocument.Parse(report).RootElement;
        var rendered = json.GetProperty("pages_written").GetInt32() - json.GetProperty("pages_kept").GetInt32();
        Assert.InRange(rendered, 1, 3);
        var after = AssertEqualsCleanBuild(site, output, "related");
        Assert.Contains("/careers/zookeepers/", System.Text.Encoding.UTF8.GetString(after[Path.Combine("careers", "bakers", "index.html")]));
    }

    [Fact]
    public void A_body_edit_renders_again_only_the_pages_that_show_the_body()
    {
        // Given a site built once with the default templates, whose lists, neighbours, related
        // careers and indexes show each career's title, summary and wage but only its own page its body
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Report(site.Path);

        // When a sentence is added at the end of one career's body (its summary stays its first paragraph)
        Edit(site, "body");
        var report = Report(site.Path);

        // Then only that career's page is rendered again, and the site is what a clean build gives
        Assert.Equal(1, report.GetProperty("pages_written").GetInt32() - report.GetProperty("pages_kept").GetInt32());
        AssertEqualsCleanBuild(site, output, "body");
    }

    /// <summary>(Printing a career, or <c>object.to_json</c> of one, is a template error: careers refer to each other.)</summary>
    public static TheoryData<string> WaysToReadAnotherCareersBody =>
    [
        "{{ r.content }}",
        "{{ r[\"word_count\"] }}",
        "{{ x = r; x.content }}",
        "{{ array.map [r] 'word_count' | array.join ',' }}",
        "{{ for kv in r }}{{ if kv.key == 'content' }}{{ kv.value }}{{ end }}{{ end }}",
        "{{ for v in r | object.values }}{{ if (v | object.typeof) == 'number' }}{{ v }},{{ end }}{{ end }}",
    ];

    [Theory]
    [MemberData(nameof(WaysToReadAnotherCareersBody))]
    public void A_page_that_reads_another_careers_body_in_any_way_shows_its_edit(string read)
    {
        // Given career pages that show something of their related careers' bodies, read by name or
        // through every member at once (enumerated, listed, serialised or printed)
        using var site = new TempFolder();
        site.Write("profilegen.yml", "title: Jobs\nbase_url: https://example.org/\nrelated:\n  count: 1\n  weights: {category: 0, tags: 0, soc_major: 0, soc_minor: 0, education: 0}\n");
        site.Write("profiles/bakers.md", ProfileText("Bakers", "Food", "[]", 40000, "bread ovens dough flour kitchens"));
        site.Write("profiles/cooks.md", ProfileText("Cooks", "Food", "[]", 35000, "bread ovens kitchens grills"));
        site.Write("profiles/zookeepers.md", ProfileText("Zookeepers", "Animals", "[]", 32000, "animals enclosures feeding"));
        var output = BuildWithCareerTemplate(site, "<h1>{{ page.title }}</h1>{{ for r in page.related }}<div>" + read + "</div>{{ end }}\n");
        var before = File.ReadAllText(Path.Combine(output, "careers", "bakers", "index.html"));

        // When the related career's body changes, not its title, summary or anything else of its card
        site.Write("profiles/cooks.md", ProfileText("Cooks", "Food", "[]", 35000, "bread ovens kitchens grills",
            "A much longer closing paragraph about the night shifts, the bread ovens and the kitchens grills.\n\n- Handle ovens\n"));
        Build(site.Path);

        // Then the bakers' page shows the change, as a clean build does
        var after = AssertEqualsCleanBuild(site, output, read);
        Assert.NotEqual(before, System.Text.Encoding.UTF8.GetString(after[Path.Combine("careers", "bakers", "index.html")]));
    }

    [Fact]
    public void A_page_that_enumerates_the_site_object_is_kept_while_its_members_stay_and_shows_a_change_of_any()
    {
        // Given career pages that find the site's median wage by walking the site object's members
        // (and no related careers, so a page reaches no career of another category)
        using var site = ThreeCareers("related:\n  count: 0\n", "bread ovens dough", "animals enclosures");
        var output = BuildWithCareerTemplate(site, "<h1>{{ page.title }}</h1>{{ for kv in site }}{{ if kv.key == 'median_wage' }}<p>{{ kv.value }}</p>{{ end }}{{ end }}\n");

        // Then a build with nothing changed keeps every page, those pages too
        var unchanged = Report(site.Path);
        Assert.Equal(unchanged.GetProperty("pages_written").GetInt32(), unchanged.GetProperty("pages_kept").GetInt32());

        // When a career of another category earns more, which moves the site's median
        site.Write("profiles/zookeepers.md", ProfileText("Zookeepers", "Animals", "[]", 38000, "animals enclosures"));
        Build(site.Path);

        // Then the bakers' page shows the new median, as a clean build does
        var after = AssertEqualsCleanBuild(site, output, "site enumerated");
        Assert.Contains("<p>38000</p>", System.Text.Encoding.UTF8.GetString(after[Path.Combine("careers", "bakers", "index.html")]));
    }

    [Fact]
    public void An_unchanged_profile_is_not_read_again_and_an_edited_one_is()
    {
        // Given a site built once
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Assert.Equal(Careers.Length, Report(site.Path).GetProperty("profiles_read").GetInt32());

        // When nothing changed, no profile is read; when one is edited, that one is
        Assert.Equal(0, Report(site.Path).GetProperty("profiles_read").GetInt32());
        Edit(site, "body");
        var report = Report(site.Path);
        Assert.Equal(1, report.GetProperty("profiles_read").GetInt32());
        Assert.Equal(Careers.Length - 1, report.GetProperty("profiles_from_cache").GetInt32());

        // Then the site is what a clean build gives, with the edit
        var after = AssertEqualsCleanBuild(site, output, "body");
        Assert.Contains("They also repair bindings.", System.Text.Encoding.UTF8.GetString(after[Path.Combine("careers", Careers[1].Slug, "index.html")]));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(65_536)]
    [InlineData(200_001)]
    public void An_output_file_is_kept_only_when_every_byte_is_the_same_whatever_its_size(int size)
    {
        // Given an output folder holding a file of this size from an earlier build (the comparison reads it in 64 KB pieces)
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "site-output");
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 7 % 251)).ToArray();
        WriteAndCommit(output, folder.Path, bytes);

        // When a build writes the same bytes, then bytes differing only in the last one
        var same = WriteAndCommit(output, folder.Path, bytes);
        var changedLast = (byte[])bytes.Clone();
        changedLast[^1] ^= 1;
        var different = WriteAndCommit(output, folder.Path, changedLast);

        // Then the first leaves the file alone and the second replaces it
        Assert.Equal(0, same);
        Assert.Equal(1, different);
        Assert.Equal(changedLast, File.ReadAllBytes(Path.Combine(output, "big.json")));
    }

    private static int WriteAndCommit(string output, string source, byte[] bytes)
    {
        var disk = ProfileGen.Output.DiskOutput.Open(output, Path.Combine(source, "src"));
        disk.Write("big.json", bytes);
        disk.Commit();
        return disk.FilesChanged;
    }

    [Fact]
    public void A_recorded_digest_that_does_not_match_the_text_is_corrected_by_the_next_build()
    {
        // Given a site built once, whose stamps file then records a wrong digest for its last profile
        // (the last 16 bytes of the file), as a stamps file written with another digest would
        using var site = NewSite();
        var output = Path.Combine(site.Path, "site-output");
        Report(site.Path);
        var stamps = Path.Combine(site.Path, ".profilegen-cache", "sources");
        var bytes = File.ReadAllBytes(stamps);
        bytes.AsSpan(bytes.Length - 16).Fill(0x5A);
        File.WriteAllBytes(stamps, bytes);

        // When the site is built twice more
        var first = Report(site.Path);
        var second = Report(site.Path);

        // Then the first build reads that one profile, since its parse is not found under the wrong
        // digest, and the second reads none: the wrong digest did not outlive the build that found it
        Assert.Equal(1, first.GetProperty("profiles_read").GetInt32());
        Assert.Equal(0, second.GetProperty("profiles_read").GetInt32());
        AssertEqualsCleanBuild(site, output, "wrong digest");
    }

    [Fact]
    public void A_profile_edited_again_within_the_same_tick_keeping_its_size_and_time_is_still_seen()
    {
        // Given a profile written just now, and built: its time is too fresh to be trusted next time
        using var site = NewSite();
        var file = Path.Combine(site.Path, "profiles", "nurses.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("charts", "CHARTS"));
        var time = File.GetLastWriteTimeUtc(file);
        Build(site.Path);

        // When it is edited again with the same size, and the clock had not moved on
        File.WriteAllText(file, File.ReadAllText(file).Replace("CHARTS", "graphs"));
        File.SetLastWriteTimeUtc(file, time);
        Build(site.Path);

        // Then the page shows the second edit
        var page = File.ReadAllText(Path.Combine(site.Path, "site-output", "careers", "nurses", "index.html"));
        Assert.Contains("graphs", page);
        Assert.DoesNotContain("CHARTS", page);
    }

    private static System.Text.Json.JsonElement Report(string source)
    {
        var (code, report, error) = CommandLine.Run("build", "--source", source, "--json");
        Assert.True(code == 0, error);
        return System.Text.Json.JsonDocument.Parse(report).RootElement;
    }

    /// <summary>Builds and returns how many profiles the build read from the parse cache.</summary>
    private static int FromCache(string source)
    {
        var (code, report, error) = CommandLine.Run("build", "--source", source, "--json");
        Assert.True(code == 0, error);
        return System.Text.Json.JsonDocument.Parse(report).RootElement.GetProperty("profiles_from_cache").GetInt32();
    }

    private static void Build(string source, params string[] more)
    {
        var (code, _, error) = CommandLine.Run(["build", "--source", source, .. more]);
        Assert.True(code == 0, error);
    }

    /// <summary>Each file's modification time and inode-independent identity: what a sync tool compares besides size.</summary>
    private static Dictionary<string, DateTime> Stamps(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.GetLastWriteTimeUtc, StringComparer.Ordinal);
}
