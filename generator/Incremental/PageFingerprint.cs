namespace ProfileGen.Incremental;

/// <summary>
/// One page's fingerprint: the build's global inputs (binary, config, assets, data), the digest of
/// the page's own <c>page</c> object with its template and layout, and the id and digest of
/// everything it used (site objects, templates, partials).
/// </summary>
public static class PageFingerprint
{
    /// <summary>The fingerprint and the sorted dependency ids a page recorded while it rendered.</summary>
    public static (Hash128 Fingerprint, string[] Ids) Of(Hash128 global, Hash128 page, IEnumerable<IDependency> read)
    {
        var sorted = read.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        return (Combine(global, page, sorted), sorted.Select(d => d.Id).ToArray());
    }

    /// <summary>The fingerprint the same ids give in this build, or null when one of them no longer exists.</summary>
    public static Hash128? Recompute(Hash128 global, Hash128 page, IReadOnlyList<string> ids, Func<string, IDependency?> lookup)
    {
        var dependencies = new IDependency[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            if (lookup(ids[i]) is not { } found) return null;
            dependencies[i] = found;
        }
        return Combine(global, page, dependencies);
    }

    private static Hash128 Combine(Hash128 global, Hash128 page, IReadOnlyList<IDependency> dependencies)
    {
        // Each dependency's hash is computed before the input is started: computing it may use this thread's input too.
        var hashes = new Hash128[dependencies.Count];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = dependencies[i].Hash;
        var buffer = HashInput.Start();
        buffer.Digest(global);
        buffer.Digest(page);
        for (var i = 0; i < hashes.Length; i++)
        {
            buffer.Text(dependencies[i].Id);
            buffer.Digest(hashes[i]);
        }
        return ContentHasher.Digest(buffer.Written);
    }
}
