using System.Runtime.InteropServices;

namespace ProfileGen.Incremental;

/// <summary>
/// One page's fingerprint: the build's global inputs (binary, config, assets, data), the digest of
/// the page's own <c>page</c> object with its template and layout, and the id and digest of
/// everything it used (site objects, templates, partials).
/// </summary>
public static class PageFingerprint
{
    /// <summary>The fingerprint and the sorted dependency ids a page recorded while it rendered.</summary>
    public static (UInt128 Fingerprint, string[] Ids) Of(UInt128 global, UInt128 page, IEnumerable<IDependency> read)
    {
        var sorted = read.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        return (Combine(global, page, sorted), sorted.Select(d => d.Id).ToArray());
    }

    /// <summary>The fingerprint the same ids give in this build, or null when one of them no longer exists.</summary>
    public static UInt128? Recompute(UInt128 global, UInt128 page, IReadOnlyList<string> ids, Func<string, IDependency?> lookup)
    {
        var dependencies = new IDependency[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            if (lookup(ids[i]) is not { } found) return null;
            dependencies[i] = found;
        }
        return Combine(global, page, dependencies);
    }

    private static UInt128 Combine(UInt128 global, UInt128 page, IReadOnlyList<IDependency> dependencies)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 + dependencies.Count * 48);
        Write(buffer, global);
        Write(buffer, page);
        foreach (var dependency in dependencies)
        {
            var id = MemoryMarshal.AsBytes(dependency.Id.AsSpan());
            Write(buffer, (UInt128)(uint)id.Length);
            id.CopyTo(buffer.GetSpan(id.Length));
            buffer.Advance(id.Length);
            Write(buffer, dependency.Hash);
        }
        return ContentHasher.Digest(buffer.WrittenSpan);
    }

    private static void Write(System.Buffers.ArrayBufferWriter<byte> buffer, UInt128 value)
    {
        MemoryMarshal.Write(buffer.GetSpan(16), in value);
        buffer.Advance(16);
    }
}
