namespace ProfileGen.Build;

/// <summary>What the command line says about a build; each value set here overrides profilegen.yml.</summary>
public sealed record BuildOptions
{
    public string? BaseUrl { get; init; }
    public bool IncludeDrafts { get; init; }
    public bool Strict { get; init; }

    /// <summary>Told the name of each phase as it starts, for a progress display on a terminal.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>Results of the previous build of the same site to reuse (the dev server); null builds everything afresh.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>The previous build's page records, for a build into an output folder that still holds that build's files; null renders every page.</summary>
    public Incremental.IncrementalBuild? Incremental { get; init; }

    /// <summary>Parsed profiles of earlier builds on disk; null parses every profile.</summary>
    public Incremental.ParseCache? ParseCache { get; init; }

    /// <summary>The related-careers rankings of the last build on disk, where this build's are kept too; null ranks every career.</summary>
    public Model.Related.RankingMemory? Rankings { get; init; }
}
