using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

public class TemplateTests
{
    private static readonly string Careers =
        Profile("a", "Alpha", "Health") + Profile("b", "Beta", "Health") + Profile("c", "Gamma", "Health", "related: [a]");

    [Fact]
    public void A_site_template_overrides_only_its_own_file()
    {
        // Given a site that replaces only profile.html with a probe printing the fields under test
        var site = TestSite.BuildClean(Careers + """
            -- templates/profile.html --
            Title: {{ page.title }}|Prev: {{ page.prev.url }}|Next: {{ page.next.url }}|Related: {{ for r in page.related }}{{ r.slug }},{{ end }}|
            """);

        // Then profile pages use it, inside the built-in layout, and other pages keep the defaults
        site.AssertFile("careers/b/index.html", "<html", "Title: Beta|Prev: /careers/a/|Next: /careers/c/|");
        site.AssertFile("careers/c/index.html", "Related: a,");
        site.AssertFile("categories/health/index.html", "<table");
    }

    [Theory]
    [InlineData("page | json")]
    [InlineData("page | object.to_json")]
    [InlineData("page")]
    public void A_career_printed_as_json_shows_its_related_careers_facts_and_ends(string expression)
    {
        // Given careers that list each other as related (a cycle through the site model), and a
        // profile template that prints its whole page object (as JSON, or as it is: that is JSON too)
        var site = TestSite.BuildClean(Profile("a", "Alpha", "Health", "related: [b, c]") + Profile("b", "Beta", "Health", "related: [a, c]")
            + Profile("c", "Gamma", "Health", "related: [a, b]") + $$$"""
            -- templates/profile.html --
            <pre id="json">{{ {{{expression}}} }}</pre>
            """);

        // Then the build finishes, and the JSON has the career in full and its related careers by their facts, not followed further
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(site.File("careers/a/index.html"), "<pre id=\"json\">(.*?)</pre>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
        using var json = System.Text.Json.JsonDocument.Parse(text);
        Assert.Equal("Alpha", json.RootElement.GetProperty("title").GetString());
        var related = json.RootElement.GetProperty("related").EnumerateArray().ToList();
        Assert.Equal(["Beta", "Gamma"], related.Select(r => r.GetProperty("title").GetString()));
        Assert.Equal("/careers/b/", related[0].GetProperty("url").GetString());
        Assert.False(related[0].TryGetProperty("related", out _), "a related career is not followed to its own related careers");
        Assert.Equal("Health", json.RootElement.GetProperty("category").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("{{ c | object.keys | array.size }}")]
    [InlineData("{{ c | object.size }}")]
    [InlineData("{{ c | object.values | array.size }}")]
    [InlineData("{{ n = 0; for kv in c; n = n + 1; end; n }}")]
    [InlineData("{{ c.title | string.size > 0 ? (c | object.keys | array.size) : 0 }}")]
    public void A_career_object_walked_before_any_member_is_read_shows_every_member(string probe)
    {
        // Given a career's template object that nothing has read yet (its members are set on first read)
        var built = TestSite.BuildClean(Careers).Result.Site!;
        var career = new ProfileGen.Rendering.TemplateModel(built, ProfileGen.Build.SiteGenerator.Version).Profiles[built.Profiles[0]];
        var expected = new ProfileGen.Rendering.TemplateModel(built, ProfileGen.Build.SiteGenerator.Version).Profiles[built.Profiles[0]].Keys.Count;

        // When a template walks it whole
        var context = new Scriban.TemplateContext();
        context.PushGlobal(new Scriban.Runtime.ScriptObject { ["c"] = career });
        var shown = Scriban.Template.Parse(probe).Render(context);

        // Then it sees every member
        Assert.True(expected > 30, $"{expected} members");
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), shown);
    }

    [Fact]
    public void Values_are_escaped_by_default_and_raw_on_purpose()
    {
        var site = TestSite.BuildClean(Profile("a", "A & <B>") + """
            -- templates/profile.html --
            Escaped: {{ page.title }}|Raw: {{ page.title | raw }}|Body: {{ page.content }}|
            """);
        site.AssertFile("careers/a/index.html", "Escaped: A &amp; &lt;B&gt;|Raw: A & <B>|Body: <p>Body text.</p>");
    }

    [Fact]
    public void Partials_are_included_once_escaped()
    {
        var site = TestSite.BuildClean(Profile("a", "A & B") + """
            -- templates/profile.html --
            [{{ include "probe.html" }}]
            -- templates/partials/probe.html --
            <em>{{ page.title }}</em>
            """);
        site.AssertFile("careers/a/index.html", "[<em>A &amp; B</em>");
    }

    [Fact]
    public void A_template_syntax_error_names_the_template_file_line_and_column()
    {
        var site = TestSite.Build(Profile("a", "A") + """
            -- templates/profile.html --
            <p>ok</p>
            {{ if page.title }
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal("templates/profile.html", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("syntax", error.Message);
    }

    [Fact]
    public void A_template_runtime_error_names_the_template()
    {
        var site = TestSite.Build(Profile("a", "A") + """
            -- templates/profile.html --
            line one
            {{ page.title | no_such_function }}
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal("templates/profile.html", error.File);
        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("{{ url \"a\" \"b\" }}", 2, 1, 12)]
    [InlineData("{{ page.title | format_money 2 }}", 2, 1, 30)]
    [InlineData("{{ wages_chart 1 2 3 }}", 3, 2, 20)]
    public void Too_many_arguments_to_a_function_are_an_error_that_says_so(string call, int given, int expected, int column)
    {
        // (The column is the call's last argument.)
        var site = TestSite.Build(Profile("a", "A") + "-- templates/profile.html --\nline one\n" + call + "\n");
        var error = Assert.Single(site.Errors);
        Assert.Equal(("templates/profile.html", 2, column), (error.File, error.Line, error.Column));
        Assert.Contains($"Invalid number of arguments `{given}`", error.Message);
        Assert.Contains($"expecting `{expected}`", error.Message);
    }

    [Fact]
    public void A_template_that_loops_forever_stops_with_an_error()
    {
        var site = TestSite.Build(Profile("a", "A") + """
            -- templates/profile.html --
            {{ while true }}x{{ end }}
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal("templates/profile.html", error.File);
        Assert.Contains("limit", error.Message);
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\secret.html")]
    [InlineData("partials/../profile.html")]
    public void Includes_cannot_leave_the_partials_folder(string name)
    {
        var site = TestSite.Build(Profile("a", "A") + $$$"""
            -- templates/profile.html --
            {{ include `{{{name}}}` }}
            """);
        var error = Assert.Single(site.Errors);
        Assert.Equal("templates/profile.html", error.File);
        Assert.Contains("not allowed", error.Message);
    }

    [Fact]
    public void Formatting_functions_use_the_site_language()
    {
        var site = TestSite.BuildClean(Profile("a", "A", extra: "employment: 1234567\nmedian_wage: 64320.5") + """
            -- templates/profile.html --
            {{ page.employment | format_number }}|{{ page.median_wage | format_money }}|{{ page.date | format_date }}|{{ -3 | format_percent }}|
            """);
        site.AssertFile("careers/a/index.html", "1,234,567|$64,320.50|January 1, 2025|−3%|");
    }

    [Fact]
    public void A_page_whose_layout_fails_half_way_leaves_nothing_in_the_next_page()
    {
        // Given a layout that writes some text and then fails for one page only
        var diagnostics = new ProfileGen.Diagnostics.DiagnosticBag();
        var renderer = Renderer(new Dictionary<string, string>
        {
            ["page.html"] = "<p>{{ page.title }}</p>",
            ["layouts/base.html"] = "<main>{{ content }}</main>{{ if page.title == \"Broken\" }}{{ nosuch() }}{{ end }}",
        }, diagnostics);
        var site = new Scriban.Runtime.ScriptObject();

        // When that page is rendered, and then another on the same thread
        var broken = renderer.Render("page.html", "layouts/base.html", site, new Scriban.Runtime.ScriptObject { ["title"] = "Broken" }, diagnostics);
        var next = renderer.Render("page.html", "layouts/base.html", site, new Scriban.Runtime.ScriptObject { ["title"] = "Fine" }, diagnostics);

        // Then the broken page is reported and the next page is exactly its own
        Assert.Null(broken);
        Assert.Contains(diagnostics.Sorted(), d => d.Message.Contains("nosuch", StringComparison.Ordinal));
        Assert.Equal("<main><p>Fine</p></main>", System.Text.Encoding.UTF8.GetString(next!));
    }

    [Theory]
    [InlineData("<p>Caf\u00e9 \U0001F389</p>\n<p>two</p>\n")]
    [InlineData("<p>no final new line</p>")]
    public void Markup_kept_as_UTF_8_renders_exactly_as_Scriban_writes_text_indented_includes_and_all(string body)
    {
        // Given a page and a layout that write the body at the start of a line, indented, and right
        // before an include on an indented line (Scriban indents the partial's lines there)
        var diagnostics = new ProfileGen.Diagnostics.DiagnosticBag();
        var renderer = Renderer(new Dictionary<string, string>
        {
            ["page.html"] = "<article>\n{{ page.content }}\n  {{ page.content }}\n{{ page.content }}{{ include \"partials/x.html\" }}\n  {{ include \"partials/x.html\" }}\n</article>\n",
            ["partials/x.html"] = "<p>x</p>\n<p>y</p>\n",
            ["layouts/base.html"] = "<main>\n{{ content }}\n    {{ include \"partials/x.html\" }}{{ content }}\n</main>\n",
        }, diagnostics);

        // When the body is kept as UTF-8 (as a career's is), and when it is a string Scriban writes itself
        string Render(ProfileGen.Rendering.HtmlString content) => System.Text.Encoding.UTF8.GetString(
            renderer.Render("page.html", "layouts/base.html", new Scriban.Runtime.ScriptObject(), new Scriban.Runtime.ScriptObject { ["content"] = content }, diagnostics)!);
        var fromBytes = Render(ProfileGen.Rendering.HtmlString.FromUtf8(System.Text.Encoding.UTF8.GetBytes(body)));
        var fromText = Render(new ProfileGen.Rendering.HtmlString(body));

        // Then both pages are the same, character for character
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(fromText, fromBytes);
        Assert.Contains("  <p>x</p>\n  <p>y</p>", fromText); // the indented include was indented
    }

    [Fact]
    public void Includes_render_exactly_as_Scriban_renders_them_arguments_indentation_and_all()
    {
        // Given partials included in a loop, on indented lines, back to back, nested, with arguments,
        // and one that does not end its line
        var files = new Dictionary<string, string>
        {
            ["page.html"] = "<ul>\n  {{ for x in page.items }}\n    {{ include \"card.html\" x }}\n  {{ end }}\n</ul>\n"
                + "{{ include \"card.html\" \"a\" }}{{ include \"card.html\" \"b\" }}\n    {{ include \"inline.html\" }}\n{{ include \"card.html\" \"c\" }}"
                + "{{ text = include \"inline.html\" }}\n  {{ include \"card.html\" \"d\" }}\n",
            ["partials/card.html"] = "<li>{{ $1 }}</li>\n",
            ["partials/inline.html"] = "<b>x</b>\n  {{ include \"card.html\" \"nested\" }}<i>y</i>",
            ["layouts/base.html"] = "{{ content }}",
        };
        var diagnostics = new ProfileGen.Diagnostics.DiagnosticBag();
        var renderer = Renderer(files, diagnostics);
        var items = new Scriban.Runtime.ScriptArray { "one", "two" };

        // When ProfileGen renders the page, and Scriban alone does
        var ours = System.Text.Encoding.UTF8.GetString(renderer.Render("page.html", "layouts/base.html", new Scriban.Runtime.ScriptObject(),
            new Scriban.Runtime.ScriptObject { ["items"] = items }, diagnostics)!);
        var context = new Scriban.TemplateContext { TemplateLoader = new ProfileGen.Rendering.PartialLoader(new ProfileGen.Rendering.TemplateStore(files)) };
        context.PushGlobal(new Scriban.Runtime.ScriptObject { ["page"] = new Scriban.Runtime.ScriptObject { ["items"] = items } });
        var scriban = Scriban.Template.Parse(files["page.html"], "page.html").Render(context);

        // Then the two are the same, character for character
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(scriban, ours);
        Assert.Contains("    <li>one</li>", ours);
    }

    /// <summary>A page renderer over just these templates, as a build makes one.</summary>
    private static ProfileGen.Rendering.PageRenderer Renderer(Dictionary<string, string> templates, ProfileGen.Diagnostics.DiagnosticBag diagnostics) =>
        new(new ProfileGen.Rendering.TemplateSet(new ProfileGen.Rendering.TemplateStore(templates), diagnostics),
            ProfileGen.Rendering.SiteFunctions.Create(new ProfileGen.Model.UrlBuilder("https://example.org/"), new ProfileGen.Rendering.Formatter("en"),
                new ProfileGen.Rendering.AssetManifest(new Dictionary<string, byte[]>())),
            loopLimit: 1000);
}
