using System.Runtime.InteropServices;
using System.Text;
using ProfileGen.Content;
using ProfileGen.Diagnostics;

namespace ProfileGen.Incremental;

/// <summary>
/// Parsed profiles from earlier builds, in one pack file (<c>.profilegen-cache/parsed</c>), keyed
/// by a digest of the ProfileGen binary, the Markdown settings, the file's path and its text: a
/// profile whose digest is found is not parsed again. The pack is rewritten in the background while
/// the build goes on, and moved into place only when the build succeeded.
/// </summary>
public sealed class ParseCache
{
    private const string Magic = "profilegen-parse-cache 2";

    private readonly string _file;
    private byte[] _pack;
    private Dictionary<UInt128, (int Offset, int Length, UInt128 Checksum)> _entries;
    private Task? _writing;

    private ParseCache(string file, byte[] pack, Dictionary<UInt128, (int, int, UInt128)> entries)
    {
        _file = file;
        _pack = pack;
        _entries = entries;
    }

    /// <summary>The pack in <paramref name="file"/>; empty when there is none, it is damaged, or another ProfileGen binary wrote it.</summary>
    public static ParseCache Load(string file)
    {
        var entries = new Dictionary<UInt128, (int, int, UInt128)>();
        try
        {
            if (!File.Exists(file)) return new ParseCache(file, [], entries);
            var pack = File.ReadAllBytes(file);
            using var reader = new BinaryReader(new MemoryStream(pack, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != IncrementalBuild.BinaryKey) return new ParseCache(file, [], entries);
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = BuildState.ReadHash(reader);
                var length = reader.ReadInt32();
                var checksum = BuildState.ReadHash(reader);
                var offset = (int)reader.BaseStream.Position;
                if (length < 0 || offset + length > pack.Length) return new ParseCache(file, [], []);
                entries[key] = (offset, length, checksum);
                reader.BaseStream.Position = offset + length;
            }
            return new ParseCache(file, pack, entries);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or UnauthorizedAccessException or FormatException)
        {
            return new ParseCache(file, [], []); // a damaged cache costs a full parse, never a failed build
        }
    }

    /// <summary>The digest a profile is cached under.</summary>
    public static UInt128 Key(SourceFile file, string settingsKey)
    {
        var hash = new System.IO.Hashing.XxHash128();
        hash.Append(Encoding.UTF8.GetBytes($"{IncrementalBuild.BinaryKey}\n{settingsKey}\n{file.Path}\n"));
        hash.Append(MemoryMarshal.AsBytes(file.Text.AsSpan()));
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The cached parse of a profile, with the diagnostics it reported; false when it must be parsed.</summary>
    public bool TryGet(UInt128 key, out ParsedProfile? parsed, out IReadOnlyList<Diagnostic> diagnostics)
    {
        parsed = null;
        diagnostics = [];
        if (!_entries.TryGetValue(key, out var at)) return false;
        // An entry damaged on disk would read back as a different profile without any error: each carries its own checksum.
        if (ContentHasher.Digest(_pack.AsSpan(at.Offset, at.Length)) != at.Checksum) return false;
        try
        {
            using var reader = new PackReader(_pack, at.Offset, at.Length);
            (parsed, diagnostics) = ParsedProfileFormat.Read(reader);
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>
    /// Starts writing the pack for this build's profiles beside the cache file, unless it would hold
    /// exactly the entries it holds now. Entries found in the cache are copied as they are; the
    /// others are serialized from <paramref name="parsed"/>.
    /// </summary>
    public void BeginWrite(IReadOnlyList<(UInt128 Key, ParsedProfile? Parsed, IReadOnlyList<Diagnostic> Diagnostics)> profiles)
    {
        if (profiles.Count == _entries.Count && profiles.All(p => _entries.ContainsKey(p.Key)))
        {
            Forget();
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
            var written = new HashSet<UInt128>();
            var unique = profiles.Where(p => written.Add(p.Key)).ToList();
            writer.Write(unique.Count);
            var entry = new MemoryStream();
            foreach (var (key, parsed, diagnostics) in unique)
            {
                BuildState.WriteHash(writer, key);
                if (_entries.TryGetValue(key, out var at))
                {
                    writer.Write(at.Length);
                    BuildState.WriteHash(writer, at.Checksum);
                    writer.Write(_pack, at.Offset, at.Length);
                    continue;
                }
                entry.SetLength(0);
                using (var entryWriter = new BinaryWriter(entry, Encoding.UTF8, leaveOpen: true)) ParsedProfileFormat.Write(entryWriter, parsed, diagnostics);
                var bytes = entry.GetBuffer().AsSpan(0, (int)entry.Length);
                writer.Write(bytes.Length);
                BuildState.WriteHash(writer, ContentHasher.Digest(bytes));
                writer.Write(bytes);
            }
        });
    }

    /// <summary>Lets the old pack go once nothing reads it any more: at 10,000 profiles it is over 100 MB.</summary>
    private void Forget()
    {
        _pack = [];
        _entries = [];
    }

    private sealed class Finally(Action action) : IDisposable
    {
        public void Dispose() => action();
    }

    /// <summary>After a successful build: waits for the new pack and moves it into place. A pack that could not be written only costs the next build its head start.</summary>
    public void Commit()
    {
        if (_writing is null) return;
        try
        {
            _writing.Wait();
            File.Move(_file + ".tmp", _file, overwrite: true);
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
