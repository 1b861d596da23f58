namespace ProfileGen.Incremental;

/// <summary>
/// One page's fingerprint: the build's global inputs (binary, config, assets, data), the digest of
/// the page's own <c>page</c> object with its template and layout, and the digest of everything it
/// used (site objects, templates, partials), in the order of their ids. The ids themselves are not
/// hashed: they are stored beside the fingerprint, and a later build recomputes it from exactly
/// those ids in that order (hashing 11,000 pages' ids again was half the cost of the check).
/// </summary>
public static class PageFingerprint
{
    /// <summary>The fingerprint and the sorted dependency ids a page recorded while it rendered.</summary>
    public static (Hash128 Fingerprint, string[] Ids) Of(Hash128 global, Hash128 page, IEnumerable<IDependency> read)
    {
        var sorted = read.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        return (Combine(global, page, sorted), sorted.Select(d => d.Id).ToArray());
    }

    /// <summary>
    /// The fingerprint the same ids give in this build, from each id's digest in this build (found once
    /// per id: <paramref name="digests"/>, where <paramref name="indices"/> point), or null when one of
    /// them no longer exists.
    /// </summary>
    public static Hash128? Recompute(Hash128 global, Hash128 page, int[] indices, Hash128?[] digests)
    {
        var buffer = HashInput.Start();
        buffer.Digest(global);
        buffer.Digest(page);
        buffer.Long(indices.Length);
        foreach (var i in indices)
        {
            if (digests[i] is not { } digest) return null;
            buffer.Digest(digest);
        }
        return ContentHasher.Digest(buffer.Written);
    }

    private static Hash128 Combine(Hash128 global, Hash128 page, IReadOnlyList<IDependency> dependencies)
    {
        // Each dependency's hash is computed before the input is started: computing it may use this thread's input too.
        // (Recompute writes the same bytes: the two must agree, or no page would ever be kept.)
        var hashes = new Hash128[dependencies.Count];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = dependencies[i].Hash;
        var buffer = HashInput.Start();
        buffer.Digest(global);
        buffer.Digest(page);
        buffer.Long(hashes.Length);
        for (var i = 0; i < hashes.Length; i++) buffer.Digest(hashes[i]);
        return ContentHasher.Digest(buffer.Written);
    }
}
