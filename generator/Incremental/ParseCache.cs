using System.Text;
using ProfileGen.Content;
using ProfileGen.Diagnostics;

namespace ProfileGen.Incremental;

/// <summary>
/// Parsed profiles from earlier builds, in one pack file (<c>.profilegen-cache/parsed</c>), keyed
/// by a digest of the ProfileGen binary, the Markdown settings, the file's path and its text: a
/// profile whose digest is found is not parsed again. New entries are serialized in the background
/// while the build goes on and reach the file only when the build succeeded: appended to the pack
/// when it holds few entries this build no longer uses (an edit of one profile writes one entry, not
/// the 100 MB pack of a 10,000-profile site), else written as a new pack moved into place.
/// </summary>
public sealed class ParseCache
{
    private const string Magic = "profilegen-parse-cache 5";

    /// <summary>Appending stops, and the pack is written afresh, once more than this share of its entries are of no use.</summary>
    private const double MaxUnusedShare = 0.25;

    private readonly string _file;
    private ReadOnlyMemory<byte> _pack;
    private Dictionary<Hash128, (int Offset, int Length, Hash128 Checksum)> _entries;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Hash128, byte> _damaged = new();
    private readonly long _countAt;
    private readonly int _fileCount;
    private readonly long _end;
    private Task? _writing;
    private MemoryStream? _appendix;
    private int _hits;
    private int _appended;

    private ParseCache(string file, ReadOnlyMemory<byte> pack, Dictionary<Hash128, (int, int, Hash128)> entries, long countAt = 0, int fileCount = 0, long end = 0)
    {
        _file = file;
        _pack = pack;
        _entries = entries;
        _countAt = countAt;
        _fileCount = fileCount;
        _end = end;
    }

    /// <summary>The pack in <paramref name="file"/>; empty when there is none, it is damaged, or another ProfileGen binary wrote it.</summary>
    public static ParseCache Load(string file)
    {
        var entries = new Dictionary<Hash128, (int, int, Hash128)>();
        try
        {
            if (!File.Exists(file)) return new ParseCache(file, ReadOnlyMemory<byte>.Empty, entries);
            var pack = MappedFile.Read(file);
            var reader = new PackReader(pack);
            if (reader.ReadString() != Magic || reader.ReadString() != IncrementalBuild.BinaryKey) return new ParseCache(file, ReadOnlyMemory<byte>.Empty, entries);
            var countAt = reader.Position;
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadHash();
                var length = reader.ReadInt32();
                var checksum = reader.ReadHash();
                var offset = reader.Position;
                if (length < 0 || length > pack.Length - offset) return new ParseCache(file, ReadOnlyMemory<byte>.Empty, []);
                entries[key] = (offset, length, checksum);
                reader.Position = offset + length;
            }
            // Bytes after the last counted entry are an append that did not finish: the next append overwrites them.
            return new ParseCache(file, pack, entries, countAt, count, reader.Position);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException)
        {
            return new ParseCache(file, ReadOnlyMemory<byte>.Empty, []); // a damaged cache costs a full parse, never a failed build
        }
    }

    /// <summary>A profile as the pack keeps it: its key, its parse (null when it had errors) and what the parse reported.</summary>
    public sealed record Entry(Hash128 Key, ParsedProfile? Parsed, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>How many profiles this build read from the cache.</summary>
    public int Hits => _hits;

    /// <summary>The digest a profile is cached under.</summary>
    public static Hash128 Key(SourceFile file, string settingsKey)
    {
        // This thread's reused input: no string, byte array or hasher made for each of 10,000 profiles.
        var input = HashInput.Start();
        input.Text(IncrementalBuild.BinaryKey);
        input.Text(settingsKey);
        input.Text(file.Path);
        input.Digest(file.Digest);
        return Hash128.Of(input.Written);
    }

    /// <summary>The cached parse of a profile, with the diagnostics it reported; false when it must be parsed.</summary>
    public bool TryGet(Hash128 key, out ParsedProfile? parsed, out IReadOnlyList<Diagnostic> diagnostics)
    {
        parsed = null;
        diagnostics = [];
        if (!_entries.TryGetValue(key, out var at)) return false;
        // An entry damaged on disk would read back as a different profile without any error: each carries its own checksum.
        if (ContentHasher.Digest(_pack.Span.Slice(at.Offset, at.Length)) != at.Checksum)
        {
            _damaged[key] = 0; // parsed again, and written again
            return false;
        }
        try
        {
            var reader = new PackReader(_pack.Slice(at.Offset, at.Length));
            (parsed, diagnostics) = ParsedProfileFormat.Read(reader);
            Interlocked.Increment(ref _hits);
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>
    /// Starts serializing what this build's profiles add to the pack, unless it already holds
    /// exactly them. Entries found in the cache are kept as they are; the others are serialized from
    /// <paramref name="profiles"/>. Nothing reaches the file before <see cref="Commit"/>.
    /// </summary>
    public void BeginWrite(IReadOnlyList<Entry> profiles)
    {
        // Keys are digests of distinct paths, so the profiles' keys are distinct too. Plain loops: LINQ over
        // these was compiled in every build and ran unoptimized, on the build's one busy thread.
        var fresh = new List<Entry>();
        foreach (var p in profiles)
            if (!_entries.ContainsKey(p.Key) || _damaged.ContainsKey(p.Key)) fresh.Add(p);
        var used = profiles.Count - fresh.Count;
        var unused = _entries.Count - used;
        if (fresh.Count == 0 && unused == 0)
        {
            Forget();
            return;
        }
        if (_pack.Length > 0 && unused <= MaxUnusedShare * (_entries.Count + fresh.Count))
        {
            // Append: the pack keeps its entries, used or not, and gains the new ones at its end.
            Forget();
            _writing = Task.Run(() =>
            {
                _appendix = new MemoryStream();
                using var writer = new BinaryWriter(_appendix, Encoding.UTF8, leaveOpen: true);
                var entry = new MemoryStream();
                foreach (var (key, parsed, diagnostics) in fresh) WriteEntry(writer, entry, key, parsed, diagnostics);
                _appended = fresh.Count;
            });
            return;
        }
        _writing = Task.Run(() =>
        {
            using var done = new Finally(Forget);
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            using var stream = new FileStream(_file + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            using var writer = new BinaryWriter(stream, Encoding.UTF8);
            writer.Write(Magic);
            writer.Write(IncrementalBuild.BinaryKey);
            writer.Write(profiles.Count);
            var entry = new MemoryStream();
            foreach (var (key, parsed, diagnostics) in profiles)
            {
                if (_entries.TryGetValue(key, out var at) && !_damaged.ContainsKey(key))
                {
                    BuildState.WriteHash(writer, key);
                    writer.Write(at.Length);
                    BuildState.WriteHash(writer, at.Checksum);
                    writer.Write(_pack.Span.Slice(at.Offset, at.Length));
                    continue;
                }
                WriteEntry(writer, entry, key, parsed, diagnostics);
            }
        });
    }

    /// <summary>One entry: its key, length and checksum, then the parsed profile and its diagnostics (serialized in <paramref name="entry"/>, reused).</summary>
    private static void WriteEntry(BinaryWriter writer, MemoryStream entry, Hash128 key, ParsedProfile? parsed, IReadOnlyList<Diagnostic> diagnostics)
    {
        entry.SetLength(0);
        using (var entryWriter = new BinaryWriter(entry, Encoding.UTF8, leaveOpen: true)) ParsedProfileFormat.Write(entryWriter, parsed, diagnostics);
        var bytes = entry.GetBuffer().AsSpan(0, (int)entry.Length);
        BuildState.WriteHash(writer, key);
        writer.Write(bytes.Length);
        BuildState.WriteHash(writer, ContentHasher.Digest(bytes));
        writer.Write(bytes);
    }

    /// <summary>Lets the old pack go once nothing reads it any more: at 10,000 profiles it is over 100 MB.</summary>
    private void Forget()
    {
        _pack = ReadOnlyMemory<byte>.Empty;
        _entries = [];
    }

    private sealed class Finally(Action action) : IDisposable
    {
        public void Dispose() => action();
    }

    /// <summary>After a successful build: waits for the new entries and appends them, or moves the new pack into place. A pack that could not be written only costs the next build its head start.</summary>
    public void Commit()
    {
        if (_writing is null) return;
        try
        {
            _writing.Wait();
            if (_appendix is null)
            {
                File.Move(_file + ".tmp", _file, overwrite: true);
                return;
            }
            // The entries first, then the count that makes them part of the pack: an append cut short leaves the pack as it was.
            using var stream = new FileStream(_file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(_end);
            stream.Position = _end;
            _appendix.Position = 0;
            _appendix.CopyTo(stream);
            stream.Flush();
            stream.Position = _countAt;
            using var writer = new BinaryWriter(stream);
            writer.Write(_fileCount + _appended); // counts every entry in the file, superseded ones too
        }
        catch (Exception e) when (e is AggregateException or IOException or UnauthorizedAccessException)
        {
            Abort();
        }
    }

    /// <summary>After a failed build: the new pack is thrown away and the old one stays.</summary>
    public void Abort()
    {
        try
        {
            _writing?.Wait();
        }
        catch (AggregateException)
        {
        }
        try
        {
            File.Delete(_file + ".tmp");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
