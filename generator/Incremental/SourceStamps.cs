using System.Collections.Concurrent;
using System.Text;

namespace ProfileGen.Incremental;

/// <summary>
/// Each profile's size and modification time at the last successful build, with the digest of its
/// text (<c>.profilegen-cache/sources</c>): a profile whose size and time are unchanged is not read
/// again, the rule of make, ninja and git. As git does for "racily clean" files, a stamp is only
/// recorded for a file last written at least <see cref="Settle"/> before the build looked at it, so
/// a second edit within the same tick of the file system's clock is never missed. An edit that
/// keeps both the size and the time (a tool that restores them on purpose) needs <c>--no-cache</c>.
/// </summary>
public sealed class SourceStamps
{
    private const string Magic = "profilegen-source-stamps 2";

    /// <summary>How old a file's modification time must be for its stamp to be trusted next time.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    // Records, not tuples: dictionaries of a tuple holding our structs are code compiled in every build
    // and run unoptimized at first, for 10,000 lookups.
    private sealed record Known(FileStamp Stamp, Hash128 Digest);

    private readonly Dictionary<string, Known> _known;
    private readonly ConcurrentDictionary<string, Known> _seen = new(StringComparer.Ordinal);
    private readonly long _settledBefore = DateTime.UtcNow.Ticks - Settle.Ticks;

    private SourceStamps(Dictionary<string, Known> known) => _known = known;

    public static SourceStamps None => new([]);

    /// <summary>How many profiles the last build recorded: the size of the site to expect.</summary>
    public int Count => _known.Count;

    /// <summary>The stamps in <paramref name="file"/>; none when there is no such file or it is damaged.</summary>
    public static SourceStamps Load(string file)
    {
        var known = new Dictionary<string, Known>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(file)) return new(known);
            var reader = new PackReader(File.ReadAllBytes(file));
            // Digests are only comparable with the ones the same binary makes: another binary's stamps are not used.
            if (reader.ReadString() != Magic || reader.ReadString() != IncrementalBuild.BinaryKey) return new(known);
            var count = BuildState.Count(reader);
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                known[path] = new Known(stamp, reader.ReadHash());
            }
            return new(known);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException)
        {
            return new([]); // a damaged file costs reading every profile once, never a failed build
        }
    }

    /// <summary>The digest of the file's text when it is unchanged since it was recorded; null when it must be read.</summary>
    public Hash128? Unchanged(string path, FileStamp stamp)
    {
        if (!_known.TryGetValue(path, out var known) || known.Stamp != stamp) return null;
        _seen[path] = known;
        return known.Digest;
    }

    /// <summary>
    /// Remembers a file this build read, if its modification time has settled; also a file loaded
    /// unread and read after all (its parse was not in the cache), so a recorded digest that does
    /// not match the text is corrected instead of costing every later build a read.
    /// </summary>
    public void Read(string path, FileStamp stamp, Hash128 digest)
    {
        if (stamp.LastWriteTicks < _settledBefore) _seen[path] = new Known(stamp, digest);
    }

    /// <summary>Writes the files this build saw, beside the final name and renamed into place.</summary>
    public void Save(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + ".tmp";
        // In the dictionary's own order: loading puts them in a dictionary again (sorting 10,000 paths was a third of saving them).
        var seen = _seen.ToArray();
        using (var writer = new BinaryWriter(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(IncrementalBuild.BinaryKey);
            writer.Write(seen.Length);
            foreach (var (path, (stamp, digest)) in seen)
            {
                writer.Write(path);
                writer.Write(stamp.Length);
                writer.Write(stamp.LastWriteTicks);
                BuildState.WriteHash(writer, digest);
            }
        }
        File.Move(temporary, file, overwrite: true);
    }
}
