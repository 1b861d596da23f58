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

    private static void Run()
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigParser.Parse(new SourceFile(ConfigParser.FileName, "title: Warm-up\nbase_url: https://example.org/careers/\n"), diagnostics);
        new MarkdownRenderer(new UrlBuilder(config.BaseUrl), unsafeHtml: false).Render("warmup.md", "Warm-up *text*.", 1, diagnostics);
        Scriban.TemplateContext.GetDefaultBuiltinObject();
    }
}
