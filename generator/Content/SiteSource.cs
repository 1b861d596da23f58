namespace ProfileGen.Content;

/// <summary>
/// Everything a build reads, already loaded: the Load phase produces it from disk, tests produce it
/// from an inline string. Nothing after Load touches the file system.
/// </summary>
public sealed class SiteSource
{
    /// <summary>The text of <c>profilegen.yml</c>, or null when the site has none.</summary>
    public SourceFile? Config { get; init; }

    /// <summary><c>profiles/**/*.md</c>, in ordinal path order.</summary>
    public IReadOnlyList<SourceFile> Profiles { get; init; } = [];

    /// <summary>The site's own templates (override the embedded defaults), keyed by path inside <c>templates/</c>.</summary>
    public IReadOnlyDictionary<string, string> Templates { get; init; } = new Dictionary<string, string>();

    /// <summary>Binary files copied to the output as they are: <c>static/**</c> and the site's template assets, keyed by output path.</summary>
    public IReadOnlyDictionary<string, byte[]> StaticFiles { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>The site's own template assets (<c>templates/assets/**</c>), keyed by path inside <c>assets/</c>.</summary>
    public IReadOnlyDictionary<string, byte[]> Assets { get; init; } = new Dictionary<string, byte[]>();

    /// <summary><c>data/**</c> files ending in .csv, .json, .yml or .yaml, in ordinal path order: <c>site.data</c> and figure tables.</summary>
    public IReadOnlyList<SourceFile> DataFiles { get; init; } = [];

    /// <summary>Files that could not be read or decoded; their problems are reported as diagnostics.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> LoadProblems { get; init; } = [];

    /// <summary>Returns the text of a source file by its site-relative path, for printing diagnostics.</summary>
    public string? TextOf(string path)
    {
        if (Config?.Path == path) return Config.Text;
        foreach (var p in Profiles) if (p.Path == path) return p.Text;
        foreach (var d in DataFiles) if (d.Path == path) return d.Text;
        if (path.StartsWith("templates/", StringComparison.Ordinal) && Templates.TryGetValue(path["templates/".Length..], out var t)) return t;
        return null;
    }
}
