using ProfileGen.Incremental;
using ProfileGen.Model.Related;

namespace ProfileGen.Cli;

/// <summary>
/// What the last build of a site left in its cache folder, being read: the sources' stamps first
/// (a rebuild's garbage-collection budget is sized from them), then the build state, the parse cache
/// and the related-careers rankings, each on its own thread (100 MB at 10,000 profiles).
/// </summary>
internal sealed class LastBuild
{
    private LastBuild(string cacheFolder)
    {
        CacheFolder = cacheFolder;
        Stamps = SourceStamps.Load(StampsFile);
        // Before anything large is allocated: starting the region collects what there is.
        CollectorBudget.ForRebuild(Stamps.Count);
        State = Task.Run(() => BuildState.Load(StateFile));
        Pack = Task.Run(() => ParseCache.Load(PackFile));
        Rankings = Task.Run(() => RankingMemory.Load(RankingsFile));
    }

    public string CacheFolder { get; }
    public SourceStamps Stamps { get; }
    public Task<BuildState?> State { get; }
    public Task<ParseCache> Pack { get; }
    public Task<RankingMemory> Rankings { get; }

    public string StampsFile => Path.Combine(CacheFolder, "sources");
    public string StateFile => Path.Combine(CacheFolder, "build-state");
    public string PackFile => Path.Combine(CacheFolder, "parsed");
    public string RankingsFile => Path.Combine(CacheFolder, "rankings");

    /// <summary>Starts reading the cache of the site in <paramref name="source"/> (a full path).</summary>
    public static LastBuild Read(string source) => new(Path.Combine(source, BuildCommand.CacheFolder));

    private static (string Source, Task<LastBuild> Reading)? _early;

    /// <summary>
    /// Starts reading, before the command line is parsed (about 50 ms on the one busy thread), the
    /// cache of the site a <c>build</c> command line names: <c>-s|--source DIR</c>, else the current
    /// folder. A guess: <see cref="Take"/> hands it only to a build of that very folder.
    /// </summary>
    public static void ReadEarly(string[] args)
    {
        if (args.Length == 0 || args[0] != "build" || args.Contains("--no-cache") || args.Contains("--help") || args.Contains("-h")) return;
        string? source = null;
        for (var i = 1; i < args.Length; i++)
        {
            if ((args[i] == "-s" || args[i] == "--source") && i + 1 < args.Length) source = args[i + 1];
            else if (args[i].StartsWith("--source=", StringComparison.Ordinal)) source = args[i]["--source=".Length..];
        }
        try
        {
            var full = Path.GetFullPath(source ?? Environment.CurrentDirectory);
            if (!Directory.Exists(full)) return;
            _early = (full, Task.Run(() => Read(full)));
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException or System.Security.SecurityException)
        {
            // Not a path this machine takes: the build reports it once it has parsed its options.
        }
    }

    /// <summary>The cache read early for <paramref name="source"/>, or null when none was (another folder, or no guess).</summary>
    public static LastBuild? Take(string source)
    {
        if (_early is not { } early || early.Source != source) return null;
        _early = null;
        return early.Reading.GetAwaiter().GetResult();
    }
}
