using System.Collections.Concurrent;

namespace ProfileGen.Incremental;

/// <summary>
/// The content digests of the previous build's careers, each with a digest of what its template
/// object is built from: the career's parse (its file's path and text, the Markdown settings and the
/// binary, as the parse cache keys it) and the careers and groups it points at. Global inputs (the
/// configuration, data files, the binary) are not in it: the previous state is not used at all
/// when one of those changed. A career whose inputs are unchanged reuses its digest instead of
/// hashing its whole object again (the bulk of deciding, in a 10,000-profile rebuild, which pages to keep).
/// </summary>
public sealed class ObjectDigests(IReadOnlyDictionary<string, ObjectDigest> previous)
{
    // Recorded as they are found, without hashing or locks: a table of 30,000 ids (10,000 careers, three
    // digests each) filled from both cores was half of resolving what the last build's pages read.
    // Entries of a class of ours: a queue of key-value pairs is a struct instantiation compiled at run time.
    private readonly ConcurrentQueue<Found> _current = new();

    private sealed record Found(string Id, ObjectDigest Digest);

    public static ObjectDigests None => new(new Dictionary<string, ObjectDigest>());

    /// <summary>The digest of object <paramref name="id"/>: the previous build's when its inputs are the same, else computed.</summary>
    public Hash128 Digest(string id, Hash128 inputs, Func<Hash128> compute)
    {
        if (!previous.TryGetValue(id, out var known) || known.Inputs != inputs) known = new ObjectDigest(inputs, compute());
        _current.Enqueue(new Found(id, known));
        return known.Digest;
    }

    /// <summary>What this build knows, for the next one (made when asked: the next build's state is written off the build's path).</summary>
    public IReadOnlyDictionary<string, ObjectDigest> Current
    {
        get
        {
            var current = new Dictionary<string, ObjectDigest>(_current.Count, StringComparer.Ordinal);
            foreach (var (id, digest) in _current) current[id] = digest; // an object two threads hashed at once is here twice, the same
            return current;
        }
    }
}

/// <summary>
/// A site object's digest with the digest of what it is made from. A class, not a tuple: collections of
/// it are then the shared reference-type code the framework ships precompiled, where a tuple of our own
/// structs is code compiled at run time in every build (and run unoptimized at first).
/// </summary>
public sealed record ObjectDigest(Hash128 Inputs, Hash128 Digest);
