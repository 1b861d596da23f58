using ProfileGen.Config;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Model;

namespace ProfileGen.Build;

/// <summary>
/// The first use of YamlDotNet, <see cref="Uri"/>, Markdig and Scriban's built-in functions costs
/// about 60 ms of type loading and static set-up (YamlDotNet compiles a regular expression), all of it
/// on the build's one busy thread. A build starts on one core (parsing the command line, reading
/// the last build's state), so the other core does that set-up meanwhile, on a throwaway site of one
/// line. It changes nothing a build sees: every object it makes is dropped.
/// </summary>
public static class Warmup
{
    public static void Start() => Task.Run(Run);

    /// <summary>The set-up itself; what it reports is thrown away (a test checks it reports nothing).</summary>
    internal static DiagnosticBag Run()
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigParser.Parse(new SourceFile(ConfigParser.FileName, "title: Warm-up\nbase_url: https://example.org/careers/\n"), diagnostics);
        var markdown = new MarkdownRenderer(new UrlBuilder(config.BaseUrl), unsafeHtml: false);
        markdown.Render("warmup.md", "Warm-up *text*.", 1, diagnostics);
        // A rebuild after an edit parses that one profile: its front matter's first read (every kind of field) costs tens of milliseconds of set-up.
        new ProfileParser(markdown).Parse(new SourceFile("profiles/warm-up.md", """
            ---
            title: "Warm-up Specialists"
            date: 2025-01-01
            lastmod: 2025-02-01
            category: "Warm-up"
            tags: ["one", "two"]
            summary: "Warm up."
            soc_code: "11-1011"
            employment: 1000
            employment_year: 2024
            median_wage: 50000.50
            wage_year: 2024
            growth_rate: 3.5
            growth_period: "2024-2034"
            education: "Bachelor's degree"
            key_takeaways: ["Warm."]
            common_names: ["Warmer"]
            sources: [{name: "Warm", url: "https://example.org/"}]
            related: [other]
            ---
            ## What Warm-up Specialists Do

            - **Warm:** They warm [up](https://example.org/).

            | A | B |
            |---|---|
            | 1 | 2 |
            """), diagnostics);
        Scriban.TemplateContext.GetDefaultBuiltinObject();
        return diagnostics;
    }
}
