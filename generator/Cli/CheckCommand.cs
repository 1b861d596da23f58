using System.ComponentModel;
using ProfileGen.Build;
using ProfileGen.Check;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary><c>profilegen check</c>: everything build validates plus broken internal links and duplicate titles, writing nothing.</summary>
public sealed class CheckCommand : Command<CheckCommand.Settings>
{
    public sealed class Settings : SourceSettings
    {
        [CommandOption("--base-url <URL>")]
        [Description("Check the site as it will be published at this URL (overrides base_url in profilegen.yml)")]
        public string? BaseUrl { get; init; }

        [CommandOption("--drafts")]
        [Description("Include profiles with draft: true")]
        public bool Drafts { get; init; }

        [CommandOption("--strict")]
        [Description("Treat warnings as errors")]
        public bool Strict { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var source = SiteLoader.Load(settings.SourceFolder());
        var result = SiteChecker.Check(source, new BuildOptions { BaseUrl = settings.BaseUrl, IncludeDrafts = settings.Drafts, Strict = settings.Strict });
        if (result.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Print(Console.Error, result.Diagnostics, source.TextOf);
            Console.Error.WriteLine();
        }
        var summary = $"Checked {Count(result.Careers, "career")} and {Count(result.Pages, "page")}: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}.";
        if (result.Succeeded) Console.Out.WriteLine(summary);
        else Console.Error.WriteLine(summary);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
