using System.ComponentModel;
using System.Diagnostics;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Incremental;
using ProfileGen.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary><c>profilegen build</c>: load, build, and move the new and changed files into the output folder only when the build succeeded.</summary>
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

        [CommandOption("--no-cache")]
        [Description("Render every page, ignoring and not writing the build cache in <source>/.profilegen-cache")]
        public bool NoCache { get; init; }

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

        // The last build's cache, read while the sources are listed (or since before the command line was parsed).
        var last = settings.NoCache ? null : LastBuild.Take(source) ?? LastBuild.Read(source);
        var stamps = last?.Stamps;
        IncrementalBuild? incremental = null;
        ParseCache? parseCache = null;
        BuildOptions WithCaches(BuildOptions options)
        {
            incremental = last is null ? null : new IncrementalBuild(last.State.GetAwaiter().GetResult(), outputFolder);
            parseCache = last?.Pack.GetAwaiter().GetResult();
            return options with { Incremental = incremental, ParseCache = parseCache, Rankings = last?.Rankings.GetAwaiter().GetResult() };
        }
        BuildResult result;
        try
        {
            var options = settings.ToBuildOptions();
            result = settings.Json || CliApp.PlainOutput
                ? Run(source, stamps, options, WithCaches, output)
                : CliApp.Out.Status().Start("Loading", status => Run(source, stamps, options with { Progress = new Progress<string>(phase => status.Status($"Building: {phase}")) }, WithCaches, output));
        }
        catch
        {
            output.Abort();
            parseCache?.Abort();
            throw;
        }

        BuildReport.PrintDiagnostics(result, source);
        if (settings.Json) Console.WriteLine(JsonReport.Format(result, outputFolder, watch.Elapsed, output.FilesChanged));
        if (!result.Succeeded)
        {
            output.Abort();
            parseCache?.Abort();
            if (!settings.Json) BuildReport.PrintFailure(result, outputFolder);
            return ExitCodes.ContentErrors;
        }
        // The files for the next build are written while the output's files move, each on its own: the
        // sources' stamps, the rankings, and the build state (the largest), moved into place only once they have.
        var owned = output.Stamps();
        var stateWritten = incremental is null ? null : Task.Run(() => SaveState(() => incremental.Result(owned).Write(last!.StateFile + ".tmp")));
        var stampsSaved = last is null ? Task.CompletedTask : Task.Run(() => SaveState(() => last.Stamps.Save(last.StampsFile)));
        var rankingsSaved = last is null ? Task.CompletedTask : Task.Run(() => SaveState(() => last.Rankings.Result.Save(last.RankingsFile)));
        try
        {
            output.Commit();
        }
        catch (Exception e) when (e is OutputFolderException or IOException or UnauthorizedAccessException)
        {
            parseCache?.Abort();
            if (stateWritten is not null)
            {
                stateWritten.GetAwaiter().GetResult();
                SaveState(() => File.Delete(last!.StateFile + ".tmp"));
            }
            Task.WaitAll(stampsSaved, rankingsSaved);
            Console.Error.WriteLine($"profilegen: error: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        parseCache?.Commit();
        if (stateWritten is not null && stateWritten.GetAwaiter().GetResult()) SaveState(() => File.Move(last!.StateFile + ".tmp", last.StateFile, overwrite: true));
        Task.WaitAll(stampsSaved, rankingsSaved);
        if (!settings.Json) BuildReport.PrintSuccess(result, Path.GetRelativePath(Environment.CurrentDirectory, outputFolder), watch.Elapsed, settings.Verbose, output.FilesChanged);
        return ExitCodes.Success;
    }

    /// <summary>The build cache's folder inside the site: what the next build needs to render only the pages that changed.</summary>
    public const string CacheFolder = ".profilegen-cache";

    /// <summary>Whether <paramref name="save"/> wrote what it writes.</summary>
    private static bool SaveState(Action save)
    {
        try
        {
            save();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A source folder we may not write to (a read-only checkout) only costs the next build its head start.
            return false;
        }
    }

    /// <summary>Loads, completes the options with the caches once they are read, and builds; the loaded sources are not kept, so the build may free them as it goes.</summary>
    private static BuildResult Run(string source, SourceStamps? stamps, BuildOptions options, Func<BuildOptions, BuildOptions> withCaches, IOutputSink output) =>
        SiteGenerator.Build(SiteLoader.Load(source, stamps), withCaches(options), output);
}
