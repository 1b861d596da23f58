using ProfileGen.Check;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary><c>profilegen check</c>: everything build validates plus broken internal links and duplicate titles, writing nothing.</summary>
public sealed class CheckCommand : Command<CheckCommand.Settings>
{
    public sealed class Settings : SiteBuildSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var source = SiteLoader.Load(settings.SourceFolder());
        var result = SiteChecker.Check(source, settings.ToBuildOptions());
        if (result.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Print(Console.Error, result.Diagnostics, source.TextOf);
            Console.Error.WriteLine();
        }
        var summary = $"Checked {Plural.Count(result.Careers, "career")} and {Plural.Count(result.Pages, "page")}: {Plural.Count(result.ErrorCount, "error")}, {Plural.Count(result.WarningCount, "warning")}.";
        if (result.Succeeded) Console.Out.WriteLine(summary);
        else Console.Error.WriteLine(summary);
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
