namespace ProfileGen.Incremental;

/// <summary>
/// What a build remembers of one page it rendered: the fingerprint of everything the page read
/// (the build's global inputs, its own data, and each dependency by id and digest), and the file it
/// became. A later build that computes the same fingerprint from the same ids keeps the file.
/// </summary>
public sealed record PageRecord(Hash128 Fingerprint, IReadOnlyList<string> Dependencies, FileStamp Stamp)
{
    /// <summary>For a record loaded from disk: where each of <see cref="Dependencies"/> stands in <see cref="BuildState.DependencyIds"/>.</summary>
    public int[]? TableIndices { get; init; }
}
