using System.Text.RegularExpressions;
using ProfileGen.Build;
using ProfileGen.Rendering;
using ProfileGen.Tests.Support;
using Scriban.Runtime;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests;

/// <summary>
/// The README's template reference against what templates really receive: every variable and
/// function the renderer exposes is documented, and everything documented exists. When a field is
/// added to the template model or a function to <see cref="SiteFunctions"/>, this fails until the
/// README's "For template designers" section names it.
/// </summary>
public partial class TemplateReferenceTests
{
    private static readonly TestSite Site = TestSite.BuildClean(
        Profile("a", "Alpha", "Health", "tags: [care]\nsources:\n  - name: BLS\n    url: https://www.bls.gov/") + Profile("b", "Beta", "Health") + """

        -- profilegen.yml --
        pagination: { size: 1 }
        """);

    private static readonly TemplateModel Model = new(Site.Result.Site!, SiteGenerator.Version);

    private static readonly string Reference = DesignerSection();

    [Fact]
    public void Every_site_variable_is_documented_and_every_documented_one_exists()
    {
        var documented = Names(Table(Variables(), 0)).Select(n => Strip(n, "site.")).ToHashSet();
        AssertSame(Model.Site.Keys, documented, "site.");
    }

    [Fact]
    public void Every_career_field_is_documented_and_every_documented_one_exists()
    {
        var table = Table(Variables(), 1);
        var documented = Names(table).Select(n => Strip(n, "page.")).ToHashSet();
        var career = Model.Profiles[Site.Result.Site!.Profiles[0]];
        AssertSame(career.Keys, documented, "page.");

        // Objects inside a career: the README lists their keys in braces on the field's row.
        AssertSame(Obj(career["category"]).Keys, Braces(Row(table, "category")), "page.category.");
        AssertSame(First(career["tags"]).Keys, Braces(Row(table, "tags")), "page.tags[].");
        AssertSame(First(career["sources"]).Keys, Braces(Row(table, "sources")), "page.sources[].");
        AssertSame(First(career["breadcrumbs"]).Keys, Braces(Row(table, "breadcrumbs")), "page.breadcrumbs[].");
    }

    [Fact]
    public void Every_field_of_the_other_pages_is_documented_and_every_documented_one_exists()
    {
        // Given the page object of every page that is not a career (home, lists, paginated pages, A–Z)
        var actual = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in SitePlan.Pages(Site.Result.Site!).Where(j => j.Template != "profile.html"))
        {
            var page = job.Data(Model);
            actual.UnionWith(page.Keys);
            if (page["pager"] is ScriptObject pager)
            {
                actual.UnionWith(pager.Keys);
                actual.UnionWith(First(pager["pages"]).Keys);
            }
            if (page["letters"] is ScriptArray { Count: > 0 } letters) actual.UnionWith(First(letters).Keys);
        }

        // Then the README's paragraph on other pages names exactly those
        var paragraph = Reference[Reference.IndexOf("Other pages get", StringComparison.Ordinal)..];
        paragraph = paragraph[..paragraph.IndexOf("\n\n", StringComparison.Ordinal)];
        var documented = Names(paragraph).Select(n => Strip(n, "page.")).Concat(Braces(paragraph)).ToHashSet();
        AssertSame(actual, documented, "page.");
    }

    [Fact]
    public void Every_function_is_documented_and_every_documented_one_exists()
    {
        var site = Site.Result.Site!;
        var functions = SiteFunctions.Create(site.Urls, new Formatter("en-US"), new AssetManifest(new Dictionary<string, byte[]>()));
        var section = Reference[Reference.IndexOf("### Functions", StringComparison.Ordinal)..];
        var documented = Table(section, 0).Select(row => FirstCell(row)).Select(cell => Names(cell).First().Split(' ')[0]).ToHashSet();
        AssertSame(functions.Keys, documented, "function ");
    }

    [Fact]
    public void Debug_shows_keys_and_scalars_one_level_deep_escaped_and_survives_cycles()
    {
        // Given careers that point at each other (prev/next, related) and a title with markup in it
        var site = TestSite.BuildClean(Profile("a", "A <b>bold</b> title", "Health", "related: [b]") + Profile("b", "Beta", "Health", "related: [a]") + """

            -- templates/profile.html --
            {{ page | debug }}|{{ page.key_takeaways | debug }}|{{ 42 | debug }}
            """);

        // Then debug prints an escaped <pre> of the keys with scalar values and one level of nesting
        var html = site.File("careers/a/index.html");
        Assert.Contains("<pre class=\"debug\">object with ", html);
        Assert.Contains("title: &quot;A &lt;b&gt;bold&lt;/b&gt; title&quot;\n", html);
        Assert.Contains("slug: &quot;a&quot;\n", html);
        Assert.Matches("category: \\{ [^\\n]*name: &quot;Health&quot;[^\\n]*pages: \\[2 items\\]", html);
        Assert.Matches("next: \\{ [^\\n]*prev: \\{…\\}", html); // the cycle back to this page is named, not followed
        Assert.Contains("related: [1 items]\n", html);
        Assert.Contains("|<pre class=\"debug\">list of 0\n</pre>|<pre class=\"debug\">42\n</pre>", html);
        Assert.DoesNotContain("<b>bold", html);
    }

    private static ScriptObject Obj(object? value) => Assert.IsAssignableFrom<ScriptObject>(value);

    private static ScriptObject First(object? list) => Obj(Assert.IsAssignableFrom<ScriptArray>(list)[0]);

    private static void AssertSame(IEnumerable<string> actual, IReadOnlySet<string> documented, string prefix)
    {
        var exposed = actual.ToHashSet(StringComparer.Ordinal);
        var undocumented = exposed.Except(documented).Order().Select(n => prefix + n).ToList();
        var missing = documented.Except(exposed).Order().Select(n => prefix + n).ToList();
        Assert.True(undocumented.Count == 0 && missing.Count == 0,
            $"README.md's template reference is out of step with the renderer.\n" +
            $"Exposed but not documented: {string.Join(", ", undocumented)}\nDocumented but not exposed: {string.Join(", ", missing)}");
    }

    private static string DesignerSection()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("\n## For template designers", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## For template designers' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    private static string Variables()
    {
        var start = Reference.IndexOf("### Variables", StringComparison.Ordinal);
        var end = Reference.IndexOf("### Functions", StringComparison.Ordinal);
        return Reference[start..end];
    }

    /// <summary>The body rows of the n-th Markdown table in a piece of text.</summary>
    private static List<string> Table(string text, int n)
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                if (current is null) tables.Add(current = []);
                current.Add(line);
            }
            else current = null;
        }
        return tables[n].Skip(2).ToList();
    }

    private static string FirstCell(string row) => row.Split('|')[1];

    private static IEnumerable<string> Names(IEnumerable<string> rows) => rows.SelectMany(row => Names(FirstCell(row)));

    private static IEnumerable<string> Names(string text) => Backticked().Matches(text).Select(m => m.Groups[1].Value).Where(n => !n.StartsWith('{'));

    private static string Row(List<string> rows, string name) => rows.Single(r => Names(FirstCell(r)).Contains(name));

    /// <summary>Keys listed as {a, b, c} in a piece of text.</summary>
    private static HashSet<string> Braces(string text) =>
        BraceList().Matches(text).SelectMany(m => m.Groups[1].Value.Split(',')).Select(k => k.Trim()).Where(k => k.Length > 0).ToHashSet();

    private static string Strip(string name, string prefix) => name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"\{([a-z_, ]+)\}")]
    private static partial Regex BraceList();
}
