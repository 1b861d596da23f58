using System.Text;

namespace ProfileGen.Incremental;

/// <summary>
/// The cache an incremental build reads and writes (<c>.profilegen-cache/build-state</c>): for the
/// output folder it describes, every page's <see cref="PageRecord"/>. A state from another version,
/// another output folder or with other global inputs is simply not used.
/// </summary>
public sealed class BuildState
{
    private const string Magic = "profilegen-build-state 2";

    public required string Version { get; init; }
    public required Hash128 GlobalKey { get; init; }
    public required string OutputFolder { get; init; }
    public required IReadOnlyDictionary<string, PageRecord> Pages { get; init; }

    /// <summary>For a state about to be saved: the table the kept pages' <see cref="PageRecord.TableIndices"/> point into (the loaded state's <see cref="DependencyIds"/>).</summary>
    public IReadOnlyList<string> PreviousDependencyIds { get; init; } = [];

    /// <summary>Every dependency id the pages recorded, once each, as loaded (<see cref="PageRecord.TableIndices"/> point into it); empty for a state made by a build.</summary>
    public IReadOnlyList<string> DependencyIds { get; init; } = [];

    /// <summary>The careers' digests with the digests of their inputs (<see cref="ObjectDigests"/>).</summary>
    public IReadOnlyDictionary<string, ObjectDigest> Objects { get; init; } = new Dictionary<string, ObjectDigest>();

    /// <summary>The state in <paramref name="file"/>, or null when there is none or it cannot be read (a build then renders everything).</summary>
    public static BuildState? Load(string file)
    {
        try
        {
            if (!File.Exists(file)) return null;
            // Read from the mapped file through spans: through a BinaryReader, half a million ints one by one
            // and a file-length syscall per count were 50 ms of a rebuild's start.
            var reader = new PackReader(MappedFile.Read(file));
            if (reader.ReadString() != Magic) return null;
            var version = reader.ReadString();
            var global = reader.ReadHash();
            var output = reader.ReadString();
            var ids = new string[Count(reader)];
            for (var i = 0; i < ids.Length; i++) ids[i] = reader.ReadString();
            var count = Count(reader);
            var pages = new Dictionary<string, PageRecord>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var fingerprint = reader.ReadHash();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                var indices = reader.ReadInt32s(reader.ReadInt32());
                foreach (var index in indices)
                    if ((uint)index >= (uint)ids.Length) throw new FormatException("a dependency index runs past the table");
                pages[path] = new PageRecord(fingerprint, stamp) { TableIndices = indices };
            }
            var objectCount = Count(reader);
            var objects = new Dictionary<string, ObjectDigest>(objectCount, StringComparer.Ordinal);
            for (var i = 0; i < objectCount; i++)
            {
                var id = reader.ReadString();
                objects[id] = new ObjectDigest(reader.ReadHash(), reader.ReadHash());
            }
            return new BuildState { Version = version, GlobalKey = global, OutputFolder = output, Pages = pages, Objects = objects, DependencyIds = ids };
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException)
        {
            return null; // a damaged cache costs a full build, never a failed one
        }
    }

    /// <summary>Writes the state beside its final name and renames it into place, so a build that stops half-way leaves the old state or none.</summary>
    public void Save(string file)
    {
        Write(file + ".tmp");
        File.Move(file + ".tmp", file, overwrite: true);
    }

    /// <summary>Writes the state to <paramref name="file"/> (a temporary name the caller moves into place).</summary>
    public void Write(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Serialized in memory and written at once: 4 MB at 10,000 profiles, half a million small writes
        // through a file stream otherwise.
        using var memory = new MemoryStream(Pages.Count * 512 + Objects.Count * 96 + 4096);
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            WriteHash(writer, GlobalKey);
            writer.Write(OutputFolder);
            // In the dictionary's own order, as the objects below: loading puts them in a dictionary again.
            var pages = Pages.ToArray();
            var (table, indices) = DependencyTable(pages);
            writer.Write(table.Count);
            foreach (var id in table) writer.Write(id);
            writer.Write(pages.Length);
            for (var p = 0; p < pages.Length; p++)
            {
                var (path, record) = pages[p];
                writer.Write(path);
                WriteHash(writer, record.Fingerprint);
                writer.Write(record.Stamp.Length);
                writer.Write(record.Stamp.LastWriteTicks);
                writer.Write(indices[p].Length);
                // One write per page, not per place (575,000 at 10,000 profiles): the same little-endian ints BinaryWriter writes one by one.
                if (BitConverter.IsLittleEndian) writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(indices[p].AsSpan()));
                else foreach (var index in indices[p]) writer.Write(index);
            }
            // In the dictionary's own order: loading puts them in a dictionary again, and sorting 20,000
            // ids that share their prefixes took longer than writing them.
            var objects = Objects.ToArray();
            writer.Write(objects.Length);
            foreach (var (id, (inputs, digest)) in objects)
            {
                writer.Write(id);
                WriteHash(writer, inputs);
                WriteHash(writer, digest);
            }
        }
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        stream.Write(memory.GetBuffer().AsSpan(0, (int)memory.Length));
    }

    /// <summary>
    /// The ids the pages depend on, each once, and each page's ids as places in that table. A page
    /// kept from the previous build brings its places in the previous table, which are renumbered (an
    /// array, no hashing: half a million ids at 10,000 profiles); the ids of a page rendered in this
    /// build are found by their text, so an id is never stored twice.
    /// </summary>
    private (List<string> Table, int[][] Indices) DependencyTable(KeyValuePair<string, PageRecord>[] pages)
    {
        var previous = PreviousDependencyIds;
        var renumbered = new int[previous.Count];
        Array.Fill(renumbered, -1);
        var table = new List<string>();
        var indices = new int[pages.Length][];
        for (var p = 0; p < pages.Length; p++)
        {
            if (pages[p].Value.TableIndices is not { } old) continue;
            var mine = indices[p] = new int[old.Length];
            for (var k = 0; k < old.Length; k++)
            {
                ref var at = ref renumbered[old[k]];
                if (at < 0)
                {
                    at = table.Count;
                    table.Add(previous[old[k]]);
                }
                mine[k] = at;
            }
        }
        Dictionary<string, int>? byText = null;
        for (var p = 0; p < pages.Length; p++)
        {
            if (indices[p] is not null) continue;
            if (byText is null)
            {
                byText = new Dictionary<string, int>(table.Count, StringComparer.Ordinal);
                for (var i = 0; i < table.Count; i++) byText.TryAdd(table[i], i);
            }
            var ids = pages[p].Value.Dependencies;
            var mine = indices[p] = new int[ids.Count];
            for (var k = 0; k < ids.Count; k++)
            {
                if (!byText.TryGetValue(ids[k], out var at))
                {
                    byText[ids[k]] = at = table.Count;
                    table.Add(ids[k]);
                }
                mine[k] = at;
            }
        }
        return (table, indices);
    }

    /// <summary>A count of items that follow, each at least a byte long: a damaged file's count is caught here, not by a huge or negative allocation.</summary>
    internal static int Count(PackReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.Remaining) throw new FormatException("a count runs past the end of the file");
        return count;
    }

    internal static void WriteHash(BinaryWriter writer, Hash128 value)
    {
        writer.Write(value.Low);
        writer.Write(value.High);
    }
}
