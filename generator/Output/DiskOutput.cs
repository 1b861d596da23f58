using System.Text;

namespace ProfileGen.Output;

/// <summary>
/// Writes a build into a staging folder beside the output folder and swaps it in only when the
/// whole build succeeded, so a failed build leaves the previous site exactly as it was. A marker
/// file records which files ProfileGen wrote; files it did not write are carried over, never deleted.
/// </summary>
public sealed class DiskOutput : IOutputSink
{
    public const string MarkerName = ".profilegen-output";

    private readonly string _output;
    private readonly string _staging;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    private DiskOutput(string output, string staging)
    {
        _output = output;
        _staging = staging;
    }

    public string OutputFolder => _output;

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
        return new DiskOutput(full, staging);
    }

    public void Write(string sitePath, ReadOnlySpan<byte> bytes)
    {
        if (!SitePath.IsSafe(sitePath)) throw new InvalidOperationException($"refused to write outside the output folder: {sitePath}");
        lock (_lock)
        {
            if (!_written.Add(sitePath)) throw new InvalidOperationException($"two pages were written to {sitePath}");
        }
        var target = Path.Combine(_staging, sitePath.Replace('/', Path.DirectorySeparatorChar));
        var folder = Path.GetDirectoryName(target)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder); // idempotent; remembered only once it exists
            _folders.TryAdd(folder, 0);
        }
        using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, bytes.Length);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Swaps the staged site in. Files in the old output that ProfileGen did not write are moved into the new one.</summary>
    public void Commit()
    {
        var manifest = string.Join('\n', _written.Order(StringComparer.Ordinal));
        File.WriteAllText(Path.Combine(_staging, MarkerName), "This folder is written by profilegen build. Files listed below are replaced on every build.\n" + manifest + "\n", new UTF8Encoding(false));

        if (!Directory.Exists(_output))
        {
            Directory.Move(_staging, _output);
            return;
        }
        var previous = _output + $".old-{Environment.ProcessId}";
        if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        Directory.Move(_output, previous);
        Directory.Move(_staging, _output);
        CarryOverForeignFiles(previous);
    }

    /// <summary>Throws the staged files away; the previous output is untouched.</summary>
    public void Abort()
    {
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }

    private void CarryOverForeignFiles(string previous)
    {
        var owned = OutputFolderPolicy.ReadManifest(previous);
        var keepPrevious = false;
        foreach (var file in Directory.EnumerateFiles(previous, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(previous, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative == MarkerName || owned.Contains(relative)) continue;
            var target = Path.Combine(_output, relative);
            if (File.Exists(target) || Directory.Exists(target))
            {
                keepPrevious = true; // a user's file where the new build put one of its own: keep the old folder rather than lose it
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target);
        }
        if (keepPrevious)
            throw new OutputFolderException($"the previous output had files ProfileGen did not write where this build writes its own; they are kept in {previous}");
        Directory.Delete(previous, recursive: true);
    }
}
