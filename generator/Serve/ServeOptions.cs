namespace ProfileGen.Serve;

/// <summary>How <c>profilegen serve</c> runs: which site, where it listens, and its rebuild settings.</summary>
public sealed record ServeOptions
{
    public required string SourceFolder { get; init; }
    public string Bind { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = 5080;

    public bool IncludeDrafts { get; init; }

    /// <summary>How long the files must be quiet before a rebuild starts, so a burst of saves is one rebuild.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Render every page in the background after a rebuild, so template errors on pages nobody opened are reported too.</summary>
    public bool RenderAllInBackground { get; init; } = true;

    /// <summary>
    /// When a full rebuild takes at least this long, a save that changes only a profile's body is
    /// first shown as a preview of that page, and the full rebuild follows (see <see cref="BodyPreview"/>).
    /// Null: never preview.
    /// </summary>
    public TimeSpan? PreviewAfter { get; init; } = TimeSpan.FromMilliseconds(300);
}
