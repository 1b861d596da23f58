using System.ComponentModel;
using System.Diagnostics;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Incremental;
using ProfileGen.Model.Related;
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

        var stampsFile = Path.Combine(source, CacheFolder, "sources");
        var stamps = settings.NoCache ? null : SourceStamps.Load(stampsFile);
        // Before anything large is allocated: starting the region collects what there is.
        CollectorBudget.ForRebuild(stamps?.Count ?? 0);
        // The previous build's state and parse cache (100 MB at 10,000 profiles) are read while the sources are listed.
        var stateFile = Path.Combine(source, CacheFolder, "build-state");
        var state = settings.NoCache ? null : Task.Run(() => BuildState.Load(stateFile));
        var pack = settings.NoCache ? null : Task.Run(() => ParseCache.Load(Path.Combine(source, CacheFolder, "parsed")));
        var rankingsFile = Path.Combine(source, CacheFolder, "rankings");
        var rankings = settings.NoCache ? null : Task.Run(() => RankingMemory.Load(rankingsFile));
        IncrementalBuild? incremental = null;
        ParseCache? parseCache = null;
        BuildOptions WithCaches(BuildOptions options)
        {
            incremental = state is null ? null : new IncrementalBuild(state.GetAwaiter().GetResult(), outputFolder);
            parseCache = pack?.GetAwaiter().GetResult();
            return options with { Incremental = incremental, ParseCache = parseCache, Rankings = rankings?.GetAwaiter().GetResult() };
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
        IReadOnlyDictionary<string, FileStamp> written;
        try
        {
            written = output.Commit();
        }
        catch (Exception e) when (e is OutputFolderException or IOException or UnauthorizedAccessException)
        {
            parseCache?.Abort();
            Console.Error.WriteLine($"profilegen: error: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        // The files for the next build, each on its own: the build state and the rankings (the largest) beside the other two.
        var savingState = incremental is null ? Task.CompletedTask : Task.Run(() => SaveState(() => incremental.Result(written).Save(stateFile)));
        var savingRankings = rankings is null ? Task.CompletedTask : Task.Run(() => SaveState(() => rankings.Result.Save(rankingsFile)));
        parseCache?.Commit();
        if (stamps is not null) SaveState(() => stamps.Save(stampsFile));
        savingState.GetAwaiter().GetResult();
        savingRankings.GetAwaiter().GetResult();
        if (!settings.Json) BuildReport.PrintSuccess(result, Path.GetRelativePath(Environment.CurrentDirectory, outputFolder), watch.Elapsed, settings.Verbose, output.FilesChanged);
        return ExitCodes.Success;
    }

    /// <summary>The build cache's folder inside the site: what the next build needs to render only the pages that changed.</summary>
    public const string CacheFolder = ".profilegen-cache";

    private static void SaveState(Action save)
    {
        try
        {
            save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A source folder we may not write to (a read-only checkout) only costs the next build its head start.
        }
    }

    /// <summary>Loads, completes the options with the caches once they are read, and builds; the loaded sources are not kept, so the build may free them as it goes.</summary>
    private static BuildResult Run(string source, SourceStamps? stamps, BuildOptions options, Func<BuildOptions, BuildOptions> withCaches, IOutputSink output) =>
        SiteGenerator.Build(SiteLoader.Load(source, stamps), withCaches(options), output);
}
