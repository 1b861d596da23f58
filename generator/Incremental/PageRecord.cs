namespace ProfileGen.Incremental;

/// <summary>
/// What a build remembers of one page it rendered: the fingerprint of everything the page read
/// (the build's global inputs, its own data, and each dependency by id and digest), and the file it
/// became. A later build that computes the same fingerprint from the same ids keeps the file.
/// </summary>
public sealed record PageRecord(Hash128 Fingerprint, FileStamp Stamp)
{
    /// <summary>The ids of what the page read, in order, as the build that rendered it recorded them; empty for a record loaded from disk.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>For a record loaded from disk, the same ids as places in <see cref="BuildState.DependencyIds"/>.</summary>
    public int[]? TableIndices { get; init; }
}
