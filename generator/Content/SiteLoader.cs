using ProfileGen.Config;
using ProfileGen.Diagnostics;

namespace ProfileGen.Content;

/// <summary>
/// The Load phase: reads a site folder into a <see cref="SiteSource"/>. The only part of a build
/// that reads the file system. Symbolic links that lead out of the site folder are not followed.
/// </summary>
public static class SiteLoader
{
    /// <param name="stamps">What the last build knew of each profile: one whose size and time are unchanged is loaded unread.</param>
    public static SiteSource Load(string sourceFolder, Incremental.SourceStamps? stamps = null)
    {
        var root = Path.GetFullPath(sourceFolder);
        var problems = new DiagnosticBag();

        SourceFile? config = null;
        var configPath = Path.Combine(root, ConfigParser.FileName);
        if (File.Exists(configPath) && ReadText(root, configPath, problems) is { } configText)
            config = new SourceFile(ConfigParser.FileName, configText);

        // Read and decoded on every core, kept in path order.
        var profileFiles = Files(root, "profiles", problems).Where(f => f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        var loaded = new SourceFile?[profileFiles.Count];
        Parallel.For(0, profileFiles.Count, i => loaded[i] = LoadProfile(root, profileFiles[i], stamps, problems));
        var profiles = loaded.Where(p => p is not null).Select(p => p!).ToList();

        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var templatesRoot = Path.Combine(root, "templates");
        foreach (var (file, _) in Files(root, "templates", problems))
        {
            var inside = Path.GetRelativePath(templatesRoot, file).Replace(Path.DirectorySeparatorChar, '/');
            if (inside.StartsWith("assets/", StringComparison.Ordinal))
            {
                if (ReadBytes(root, file, problems) is { } bytes) assets[inside["assets/".Length..]] = bytes;
            }
            else if (ReadText(root, file, problems) is { } text)
            {
                templates[inside] = text;
            }
        }

        var data = new List<SourceFile>();
        foreach (var (file, _) in Files(root, "data", problems).Where(f => Data.DataFileParser.IsDataFile(f.Path)))
        {
            if (ReadText(root, file, problems) is { } text) data.Add(new SourceFile(Relative(root, file), text));
        }

        var statics = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var staticRoot = Path.Combine(root, "static");
        foreach (var (file, _) in Files(root, "static", problems))
        {
            if (ReadBytes(root, file, problems) is { } bytes)
                statics[Path.GetRelativePath(staticRoot, file).Replace(Path.DirectorySeparatorChar, '/')] = bytes;
        }

        return new SiteSource
        {
            Config = config,
            Profiles = profiles,
            Templates = templates,
            Assets = assets,
            StaticFiles = statics,
            DataFiles = data,
            LoadProblems = problems.Sorted(),
        };
    }

    /// <summary>A profile: read now, or loaded unread when the last build saw it with the same size and time.</summary>
    private static SourceFile? LoadProfile(string root, ListedFile file, Incremental.SourceStamps? stamps, DiagnosticBag problems)
    {
        var relative = Relative(root, file.Path);
        if (file.Stamp is { } stamp && stamps?.Unchanged(relative, stamp) is { } digest)
            return new SourceFile(relative, digest, late =>
            {
                var text = ReadText(root, file.Path, late);
                if (text is not null) stamps.Read(relative, stamp, SourceFile.DigestOf(text));
                return text;
            });
        if (ReadText(root, file.Path, problems, file.Stamp?.Length) is not { } text) return null;
        var read = new SourceFile(relative, text);
        if (file.Stamp is { } seen) stamps?.Read(relative, seen, read.Digest);
        return read;
    }

    /// <summary>
    /// Files under a folder of the site, in ordinal order, skipping hidden files and links that leave
    /// the site, each with its size and modification time as the folder listing gave them (none for
    /// a link: those are the link's own, and an edit of the file it leads to would not show).
    /// </summary>
    private static List<ListedFile> Files(string root, string folder, DiagnosticBag problems)
    {
        var start = Path.Combine(root, folder);
        if (!Directory.Exists(start)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false };
        var inside = new InsideCheck(root);
        var result = new List<ListedFile>();
        try
        {
            // Entries as objects, not tuples: an enumerable and a sort of a tuple holding our own struct
            // are generic code compiled in every build (and run unoptimized at first), for 10,000 profiles.
            var entries = new System.IO.Enumeration.FileSystemEnumerable<ListedFile>(start,
                (ref System.IO.Enumeration.FileSystemEntry entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint)
                    ? new ListedFile(entry.ToFullPath(), null)
                    : new ListedFile(entry.ToFullPath(), new Incremental.FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcTicks)), options)
            {
                ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory,
            };
            foreach (var listed in entries)
            {
                var (file, isLink) = (listed.Path, listed.Stamp is null);
                var name = Path.GetFileName(file);
                if (name.StartsWith('.') || name.EndsWith('~')) continue; // editor backups and lock files
                if (!inside.Contains(file, isLink))
                {
                    problems.Add(Diagnostic.Warning(Relative(root, file), SourcePosition.Start,
                        "this is a symbolic link to a file outside the site folder; it is skipped", "copy the file into the site instead"));
                    continue;
                }
                result.Add(listed);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Diagnostic.Error(folder, SourcePosition.Start, $"cannot read the folder: {e.Message}"));
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    /// <summary>
    /// Whether a file's real path, links resolved, lies inside the site. Resolving every path
    /// component of every file cost about 30 system calls a profile (half a second at 10,000), so
    /// each folder is resolved once, and a file that is not itself a link is its folder's real path
    /// plus its name.
    /// </summary>
    private sealed class InsideCheck(string root)
    {
        private readonly string _realRoot = RealPath(root);
        private readonly Dictionary<string, string> _realFolders = new(StringComparer.Ordinal);

        public bool Contains(string file, bool isLink)
        {
            var real = isLink ? RealPath(file) : Path.Combine(RealFolder(Path.GetDirectoryName(file)!), Path.GetFileName(file));
            return real.StartsWith(_realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }

        private string RealFolder(string folder)
        {
            if (_realFolders.TryGetValue(folder, out var real)) return real;
            var parent = Path.GetDirectoryName(folder);
            real = folder == root ? _realRoot
                : parent is not null && folder.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && new DirectoryInfo(folder).LinkTarget is null
                    ? Path.Combine(RealFolder(parent), Path.GetFileName(folder))
                    : RealPath(folder);
            return _realFolders[folder] = real;
        }
    }

    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(full) ?? "/";
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            for (var hops = 0; info.LinkTarget is not null && hops < 40; hops++)
            {
                var target = info.LinkTarget;
                current = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(Path.GetDirectoryName(current)!, target));
                info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            }
        }
        return current;
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');

    /// <param name="length">The file's length when the folder listing gave it, so it is not asked for again.</param>
    private static string? ReadText(string root, string file, DiagnosticBag problems, long? length = null)
    {
        var bytes = ReadBytes(root, file, problems, length);
        return bytes is null ? null : SourceDecoder.Decode(Relative(root, file), bytes, problems);
    }

    private static byte[]? ReadBytes(string root, string file, DiagnosticBag problems, long? knownLength = null)
    {
        try
        {
            var length = knownLength ?? new FileInfo(file).Length;
            if (length > 256L * 1024 * 1024)
            {
                problems.Add(Diagnostic.Error(Relative(root, file), SourcePosition.Start, $"the file is {length / (1024 * 1024)} MB; ProfileGen reads files up to 256 MB"));
                return null;
            }
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Diagnostic.Error(Relative(root, file), SourcePosition.Start, $"cannot read the file: {e.Message}", "check the file's permissions"));
            return null;
        }
    }

    /// <summary>A file of the site as its folder listed it: its size and time, or none for a link (those are the link's own, and an edit of the file it leads to would not show).</summary>
    private sealed record ListedFile(string Path, Incremental.FileStamp? Stamp);
}
