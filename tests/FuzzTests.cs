using AngleSharp.Html.Parser;
using CsCheck;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Model;
using ProfileGen.Output;

namespace ProfileGen.Tests;

/// <summary>
/// Property-based tests: random and mutated inputs never throw anything but a diagnostic, never
/// produce a path outside the output, and never produce HTML that reads back differently.
/// Iterations: CsCheck_Iter (default 100 in CI; the dedicated run uses CsCheck_Iter=10000).
/// </summary>
public class FuzzTests
{
    private const string Valid = """
        ---
        title: "Librarians & Media Specialists"
        date: 2025-01-01
        category: "Education, Training & Library"
        tags: [libraries, education]
        employment: 142200
        median_wage: 64320
        growth_rate: 3
        common_names: [Catalog Librarian]
        sources:
          - name: BLS
            url: https://www.bls.gov/ooh/
        ---
        ## What They Do

        Librarians [help](/careers/x/) people *find* information.
        """;

    /// <summary>Characters that stress parsers: YAML and Markdown syntax, HTML, quotes, paths, Unicode.</summary>
    private static readonly Gen<char> Tricky = Gen.OneOf(
        Gen.Char['a', 'z'],
        Gen.OneOf<char>('-', ':', '#', '"', '\'', '<', '>', '&', '/', '\\', '.', ' ', '\n', '\t', '[', ']', '{', '}', '*', '|', '`', '!', '%', '@', '\r', '\0', '\u00e4', '\u822a', '\ud83d', '\ude80', '\u202e', '\u00a0', '='));

    private static readonly Gen<string> TrickyString = Tricky.Array[0, 40].Select(chars => new string(chars));

    [Fact]
    public void Splitting_and_parsing_random_text_only_ever_yields_diagnostics() =>
        TrickyString.Array[1, 30].Select(parts => string.Join("", parts)).Sample(text => ParseOnly(text));

    [Fact]
    public void Parsing_mutations_of_a_valid_profile_only_ever_yields_diagnostics() =>
        Gen.Select(Gen.Int[0, Valid.Length], Gen.Int[0, 5], TrickyString, Gen.Int[0, 2]).Array[1, 6]
            .Select(edits => edits.Aggregate(Valid, (text, e) => Mutate(text, e.Item1, e.Item2, e.Item3, e.Item4)))
            .Sample(text => ParseOnly(text));

    [Fact]
    public void A_split_profile_is_its_text_cut_at_the_front_matter_fences_with_the_body_on_its_own_line() =>
        Gen.Select(TrickyString.Array[0, 6], Gen.OneOf<string>("---", "--- ", "...", "---\r"), TrickyString.Array[0, 6]).Sample((yamlLines, fence, bodyLines) =>
        {
            // Lines that are not fences themselves, so the closing fence is the one put there
            var yaml = string.Join('\n', yamlLines.Select(l => l.Replace("\n", " ")).Where(l => l.TrimEnd('\r', ' ', '\t') is not ("---" or "...")));
            var body = string.Join('\n', bodyLines);
            var text = "---\n" + (yaml.Length > 0 ? yaml + "\n" : "") + fence + "\n" + body;
            var split = FrontMatterSplitter.Split(new SourceFile("profiles/x.md", text), new DiagnosticBag());
            Assert.NotNull(split);
            Assert.Equal(yaml, split.Yaml);
            Assert.Equal(body, split.Body);
            Assert.Equal(text[..^body.Length].Count(c => c == '\n') + 1, split.BodyFirstLine);
        });

    /// <summary>Text for escaping: markup's characters, Latin-1, new lines, pairs and lone halves of surrogate pairs.</summary>
    private static readonly Gen<string> EscapingText = Gen.OneOf(
        Tricky, Gen.Char['\u00a0', '\u00ff'], Gen.Char['\ud800', '\udfff'], Gen.OneOf<char>('\ud83d', '\ude80', '\u2019', '\u00e9', '\n'))
        .Array[0, 60].Select(chars => new string(chars));

    [Fact]
    public void Text_escaped_into_a_page_is_byte_for_byte_what_WebUtility_escapes_it_to() =>
        Gen.Select(EscapingText, EscapingText).Sample((before, text) =>
        {
            // After some other text, as a page writes a value after its template's text
            var output = new ProfileGen.Rendering.Utf8PageOutput();
            output.Write(before, 0, before.Length);
            output.WriteHtmlEncoded(text);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(before + System.Net.WebUtility.HtmlEncode(text)), output.TakeUtf8());
        });

    [Fact]
    public void Slugs_of_any_name_are_safe_non_empty_path_segments() =>
        Gen.String.Sample(name =>
        {
            var slug = Slug.From(name);
            Assert.False(string.IsNullOrEmpty(slug));
            Assert.True(SitePath.IsSafe($"careers/{slug}/index.html"), $"unsafe slug '{slug}' from '{name}'");
            Assert.DoesNotContain(slug, c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '\\' or '.' or ':' or '%' or '?' or '#');
        });

    [Fact]
    public void Urls_of_any_site_path_stay_under_the_base_path() =>
        Gen.Select(Gen.OneOf<string>("https://example.org/", "https://example.org/jobs/guide/"), TrickyString).Sample((baseUrl, path) =>
        {
            var urls = new UrlBuilder(baseUrl);
            var url = urls.Url("/" + path.TrimStart('/'));
            Assert.StartsWith(urls.BasePath, url);
            Assert.DoesNotContain(url, c => c is '"' or '<' or '>' or ' ' or '\n' or '\\' || c > 127);
        });

    [Fact]
    public void Whole_builds_of_random_tiny_sites_never_throw_escape_the_output_or_change_visible_text() =>
        Gen.Select(TrickyString, TrickyString, TrickyString.Array[0, 3], TrickyString).Array[1, 4].Sample(careers =>
        {
            // Given a site of random careers (titles, categories, tags and bodies from the tricky alphabet)
            var profiles = careers.Select((c, i) => new SourceFile($"profiles/p{i}.md",
                $"---\ntitle: {Yaml(c.Item1, "t")}\ndate: 2025-01-0{i + 1}\ncategory: {Yaml(c.Item2, "c")}\ntags: [{string.Join(", ", c.Item3.Select(t => Yaml(t, "x")))}]\n---\n{c.Item4}\n")).ToList();
            var output = new MemoryOutput();

            // When it is built
            var result = SiteGenerator.Build(new SiteSource { Profiles = profiles }, new BuildOptions(), output);

            // Then nothing was an internal error, every path is safe, and titles read back exactly
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("internal error", StringComparison.Ordinal));
            Assert.All(output.Files.Keys, path => Assert.True(SitePath.IsSafe(path), path));
            if (!result.Succeeded) return;
            var parser = new HtmlParser();
            foreach (var profile in result.Site!.Profiles)
            {
                var page = parser.ParseDocument(output.Text($"careers/{profile.Slug}/index.html")!);
                Assert.Equal(Visible(profile.Title), Visible(page.QuerySelector("h1")!.TextContent));
            }
        });

    /// <summary>Letters whose order differs between languages: Swedish puts Ä after Z, German beside A, Turkish has two i's.</summary>
    private static readonly Gen<string> CollatedTitle = Gen.OneOf(
        Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.Char['x', 'z'],
        Gen.OneOf<char>('\u00e4', '\u00c4', '\u00e5', '\u00f6', '\u00d8', '\u00e6', '\u00df', '\u0131', '\u0130', 'i', 'I', '\u00e9', '\u0301', '1', '2', ' ', '-', '\'', '\u4e2d', '\u01c5'))
        .Array[1, 8].Select(chars => new string(chars).Trim()).Where(t => t.Length > 0 && t != "-");

    [Fact]
    public void Careers_are_in_the_site_languages_title_order_and_categories_and_tags_list_them_in_it_too() =>
        Gen.Select(CollatedTitle.Array[2, 40], Gen.OneOf(Gen.Const("en"), Gen.Const("de"), Gen.Const("sv"), Gen.Const("tr"), Gen.Const("da"))).Sample((titles, language) =>
        {
            // Given careers with titles that sort differently by language, in two categories, all with one tag
            var profiles = titles.Select((t, i) => new SourceFile($"profiles/p{i}.md",
                $"---\ntitle: {Yaml(t, "t")}\ndate: 2025-01-01\ncategory: {(i % 2 == 0 ? "Even" : "Odd")}\ntags: [All]\n---\nBody.\n")).ToList();
            var config = new SourceFile("profilegen.yml", $"title: T\nlanguage: {language}\n");

            // When the site is built
            var result = SiteGenerator.Build(new SiteSource { Profiles = profiles, Config = config }, new BuildOptions(), new MemoryOutput());

            // Then every list of careers is in the order the language's comparison of titles gives (slug breaks ties)
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var titleOrder = SiteBuilder.TitleComparer(System.Globalization.CultureInfo.GetCultureInfo(language));
            void InOrder(IReadOnlyList<Profile> list)
            {
                for (var i = 1; i < list.Count; i++)
                {
                    var c = titleOrder.Compare(list[i - 1].Title, list[i].Title);
                    Assert.True(c < 0 || (c == 0 && string.CompareOrdinal(list[i - 1].Slug, list[i].Slug) < 0), $"{language}: '{list[i - 1].Title}' before '{list[i].Title}'");
                }
            }
            InOrder(result.Site!.Profiles);
            foreach (var category in result.Site.Categories) InOrder(category.Profiles);
            InOrder(result.Site.Tags.Single().Profiles);
            Assert.Equal(titles.Length, result.Site.Profiles.Count);
        });

    [Fact]
    public void A_median_wage_is_the_one_a_sorted_list_gives_written_as_its_author_wrote_it() =>
        // Few distinct amounts, each in several scales (5, 5.0, 5.00), and careers without one: ties decide which spelling is shown.
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 2]).Select((amount, scale) => amount == 6 ? null : (decimal?)(amount * 10_000 + decimal.Parse(scale switch { 0 => "0", 1 => "0.0", _ => "0.00" }, System.Globalization.CultureInfo.InvariantCulture)))
            .Array[0, 40].Sample(wages =>
            {
                var sorted = wages.Where(w => w.HasValue).Select(w => w!.Value).Order().ToArray();
                var expected = sorted.Length == 0 ? (decimal?)null : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
                Assert.Equal(expected?.ToString(System.Globalization.CultureInfo.InvariantCulture), Statistics.Median(wages)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            });

    /// <summary>A YAML double-quoted scalar of the text (or a fallback when empty), escaped as YAML requires.</summary>
    private static string Yaml(string text, string fallback)
    {
        var value = text.Trim().Length == 0 ? fallback : text;
        var escaped = new System.Text.StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsSurrogate(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return escaped.Append('"').ToString();
    }

    /// <summary>What a reader sees: HTML collapses runs of whitespace.</summary>
    private static string Visible(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Mutate(string text, int at, int length, string insert, int kind)
    {
        at = Math.Min(at, text.Length);
        length = Math.Min(length, text.Length - at);
        return kind switch
        {
            0 => text.Remove(at, length),
            1 => text.Insert(at, insert),
            _ => text.Remove(at, length).Insert(at, insert),
        };
    }

    private static void ParseOnly(string text)
    {
        var bag = new DiagnosticBag();
        var parser = new ProfileParser(new MarkdownRenderer(new UrlBuilder("https://example.org/"), unsafeHtml: false));
        var parsed = parser.Parse(new SourceFile("profiles/x.md", text), bag);
        Assert.True(parsed is not null || bag.HasErrors, "a profile that did not parse must say why");
        Assert.All(bag.Sorted(), d => Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString()));
    }
}
