using System.ComponentModel;
using System.Diagnostics;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary><c>profilegen build</c>: load, build, and swap the new site into the output folder only when it succeeded.</summary>
public sealed class BuildCommand : Command<BuildCommand.Settings>
{
    public sealed class Settings : SiteBuildSettings
    {
        [CommandOption("-o|--output <DIR>")]
        [Description("Where to write the site. Default: <source>/site-output")]
        public string? Output { get; init; }

        [CommandOption("-v|--verbose")]
        [Description("Print how long each build phase took")]
        public bool Verbose { get; init; }

        [CommandOption("--json")]
        [Description("Print a machine-readable build report (pages, diagnostics with file:line, phase timings) on standard output")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var source = settings.SourceFolder();
        var outputFolder = Path.GetFullPath(settings.Output ?? Path.Combine(source, "site-output"));

        DiskOutput output;
        try
        {
            output = DiskOutput.Open(outputFolder, source);
        }
        catch (OutputFolderException e)
        {
            Console.Error.WriteLine($"profilegen: error: {e.Message}");
            return ExitCodes.UsageError;
        }

        BuildResult result;
        try
        {
            var options = settings.ToBuildOptions();
            result = settings.Json || CliApp.PlainOutput
                ? Run(source, options, output)
                : CliApp.Out.Status().Start("Loading", status => Run(source, options with { Progress = new Progress<string>(phase => status.Status($"Building: {phase}")) }, output));
        }
        catch
        {
            output.Abort();
            throw;
        }

        BuildReport.PrintDiagnostics(result, source);
        if (settings.Json) Console.WriteLine(JsonReport.Format(result, outputFolder, watch.Elapsed));
        if (!result.Succeeded)
        {
            output.Abort();
            if (!settings.Json) BuildReport.PrintFailure(result, outputFolder);
            return ExitCodes.ContentErrors;
        }
        try
        {
            output.Commit();
        }
        catch (Exception e) when (e is OutputFolderException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"profilegen: error: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        if (!settings.Json) BuildReport.PrintSuccess(result, Path.GetRelativePath(Environment.CurrentDirectory, outputFolder), watch.Elapsed, settings.Verbose);
        return ExitCodes.Success;
    }

    /// <summary>Loads and builds; the loaded sources are not kept, so the build may free them as it goes.</summary>
    private static BuildResult Run(string source, BuildOptions options, IOutputSink output) =>
        SiteGenerator.Build(SiteLoader.Load(source), options, output);
}
