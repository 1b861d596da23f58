using System.Text;
using ProfileGen.Incremental;

namespace ProfileGen.Output;

/// <summary>
/// Writes a build into the output folder so that a failed build changes nothing and a good one
/// changes only what differs. New and changed files are written into a staging folder beside the
/// output; only when the whole build succeeded are they moved into place, and files of the previous
/// build that this one no longer makes are removed. A file whose bytes are the same is not written
/// at all, so its modification time stays and a sync to the host moves only what changed. A marker
/// file lists the files ProfileGen owns; files it did not write are never touched.
/// </summary>
public sealed class DiskOutput : IKeepingOutputSink
{
    public const string MarkerName = ".profilegen-output";
    private const string MarkerHeader = "This folder is written by profilegen build. Files listed below are replaced on every build.";

    private readonly string _output;
    private readonly string _staging;
    private readonly HashSet<string> _owned;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly HashSet<string> _staged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileStamp> _unchanged = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    private DiskOutput(string output, string staging, HashSet<string> owned)
    {
        _output = output;
        _staging = staging;
        _owned = owned;
    }

    public string OutputFolder => _output;

    /// <summary>How many files this build wrote or replaced; the others it made were already there with the same bytes.</summary>
    public int FilesChanged => _staged.Count;

    /// <summary>Checks the output folder is one ProfileGen may own, and opens a fresh staging folder beside it.</summary>
    public static DiskOutput Open(string output, string source)
    {
        var problem = OutputFolderPolicy.Check(output, source);
        if (problem is not null) throw new OutputFolderException(problem);
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.staging-{Guid.NewGuid().ToString("N")[..8]}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new DiskOutput(full, staging, OutputFolderPolicy.ReadManifest(full));
    }

    public void Write(string sitePath, ReadOnlySpan<byte> bytes)
    {
        Claim(sitePath);
        var existing = Target(_output, sitePath);
        if (_owned.Contains(sitePath) && HasBytes(existing, bytes, out var stamp))
        {
            lock (_lock) _unchanged[sitePath] = stamp;
            return;
        }
        var target = Target(_staging, sitePath);
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder); // idempotent; remembered only once it exists
            _folders.TryAdd(folder, 0);
        }
        // No preallocation size: it costs an fallocate per page, and ext4 then converts the reserved extent after the write.
        using (var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None))
            RandomAccess.Write(handle, bytes, 0);
        lock (_lock) _staged.Add(sitePath);
    }

    /// <summary>
    /// Keeps the file the previous build wrote at <paramref name="sitePath"/> as it is, when it is
    /// still there exactly as that build left it. False when it is not, and the page must be rendered.
    /// </summary>
    public bool Keep(string sitePath, FileStamp expected)
    {
        if (!SitePath.IsSafe(sitePath) || !_owned.Contains(sitePath)) return false;
        if (FileStamp.Of(Target(_output, sitePath)) != expected) return false;
        Claim(sitePath);
        lock (_lock) _unchanged[sitePath] = expected;
        return true;
    }

    /// <summary>
    /// Moves the new and changed files into the output folder and removes the files of the previous
    /// build that this one did not make.
    /// </summary>
    public void Commit()
    {
        string Manifest() => MarkerHeader + "\n" + string.Join('\n', _written.Order(StringComparer.Ordinal)) + "\n";
        if (!Directory.Exists(_output))
        {
            File.WriteAllText(Path.Combine(_staging, MarkerName), Manifest(), new UTF8Encoding(false));
            Directory.Move(_staging, _output);
        }
        else
        {
            // A file of the user's where this build puts one of its own: stop before anything moves.
            var clash = _staged.Where(p => !_owned.Contains(p) && (File.Exists(Target(_output, p)) || Directory.Exists(Target(_output, p))))
                .Order(StringComparer.Ordinal).FirstOrDefault();
            if (clash is not null)
            {
                Abort();
                throw new OutputFolderException($"{Path.Combine(_output, clash)} is not a file ProfileGen wrote, and this build writes a page there; move it away and build again");
            }
            foreach (var stale in _owned.Where(p => !_written.Contains(p)).Order(StringComparer.Ordinal)) RemoveStale(stale);
            foreach (var path in _staged.Order(StringComparer.Ordinal))
            {
                var target = Target(_output, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Target(_staging, path), target, overwrite: true);
            }
            // A rebuild nearly always makes the files the marker lists already: then it stays as it is, without
            // sorting, joining and comparing 11,000 paths (10,000 profiles).
            var marker = Path.Combine(_output, MarkerName);
            if (!_written.SetEquals(_owned) || !File.Exists(marker))
            {
                var manifest = Manifest();
                if (!File.Exists(marker) || File.ReadAllText(marker) != manifest) File.WriteAllText(marker, manifest, new UTF8Encoding(false));
            }
            RemoveStaging();
        }
    }

    /// <summary>
    /// Removes the staging folder, which the moves left empty: each folder this build made in it, deepest
    /// first. Deleting it recursively enumerated it, which was 11 ms of a one-edit rebuild's last step,
    /// mostly compiling the enumerator; if anything else is in it after all, it is deleted that way.
    /// </summary>
    private void RemoveStaging()
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in _folders.Keys)
        {
            // The folder and those above it inside staging; once one is known, so are the ones above it.
            var f = folder;
            while (f.Length > _staging.Length && folders.Add(f)) f = Path.GetDirectoryName(f)!;
        }
        try
        {
            foreach (var folder in folders.OrderByDescending(f => f.Length)) Directory.Delete(folder);
            Directory.Delete(_staging);
        }
        catch (IOException)
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    /// <summary>
    /// The stamp each file this build owns will have once committed: a kept or unchanged file's as it
    /// is, a written one's as staged (moving a file into place keeps its size and modification time).
    /// The build state for the next build is written from these while the files move.
    /// </summary>
    public IReadOnlyDictionary<string, FileStamp> Stamps()
    {
        var stamps = new Dictionary<string, FileStamp>(_unchanged, StringComparer.Ordinal);
        foreach (var path in _staged)
        {
            if (FileStamp.Of(Target(_staging, path)) is { } stamp) stamps[path] = stamp;
        }
        return stamps;
    }

    /// <summary>Throws the staged files away; the output folder is untouched.</summary>
    public void Abort()
    {
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }

    private void Claim(string sitePath)
    {
        if (!SitePath.IsSafe(sitePath)) throw new InvalidOperationException($"refused to write outside the output folder: {sitePath}");
        lock (_lock)
        {
            if (!_written.Add(sitePath)) throw new InvalidOperationException($"two pages were written to {sitePath}");
        }
    }

    /// <summary>Removes a file the previous build wrote and this one did not, and the folders that leaves empty.</summary>
    private void RemoveStale(string sitePath)
    {
        var file = Target(_output, sitePath);
        if (File.Exists(file)) File.Delete(file);
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > _output.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any()) break;
            Directory.Delete(folder);
        }
    }

    private static string Target(string root, string sitePath) => Path.Combine(root, sitePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Compares the file with <paramref name="bytes"/> through one pooled buffer: reading a search
    /// index or an A–Z page of several MB into a new array each build was a large-object allocation,
    /// and those are what start the full collections of a rebuild.
    /// </summary>
    private static bool SameBytes(string file, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max(bytes.Length, 1), 1 << 16));
        try
        {
            long at = 0;
            while (true)
            {
                var read = RandomAccess.Read(handle, buffer, at);
                if (read == 0) return at == bytes.Length;
                if (at + read > bytes.Length || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice((int)at, read))) return false;
                at += read;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>True when the file exists with exactly these bytes; its stamp is returned so the next build can trust it.</summary>
    private static bool HasBytes(string file, ReadOnlySpan<byte> bytes, out FileStamp stamp)
    {
        stamp = default;
        try
        {
            // The length first: most changed pages change it, and then the old file need not be read.
            if (FileStamp.Of(file) is not { } existing || existing.Length != bytes.Length) return false;
            stamp = existing;
            return SameBytes(file, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable: write it afresh
        }
    }
}
