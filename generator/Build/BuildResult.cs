using ProfileGen.Diagnostics;

namespace ProfileGen.Build;

/// <summary>What a build did: its problems, the files it wrote and how long each phase took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PagesWritten,
    int FilesWritten,
    int DraftsSkipped,
    IReadOnlyList<(string Phase, TimeSpan Elapsed)> Timings,
    Model.Site? Site)
{
    /// <summary>Pages whose file from the previous build was kept because nothing they show changed (an incremental build).</summary>
    public int PagesKept { get; init; }

    /// <summary>Profiles read from the parse cache of earlier builds instead of being parsed.</summary>
    public int ProfilesFromCache { get; init; }

    /// <summary>Profile files this build read from disk; the others were unchanged since the last build and came from its cache unread.</summary>
    public int ProfilesRead { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
