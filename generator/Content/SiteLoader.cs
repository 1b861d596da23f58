using ProfileGen.Config;
using ProfileGen.Diagnostics;

namespace ProfileGen.Content;

/// <summary>
/// The Load phase: reads a site folder into a <see cref="SiteSource"/>. The only part of a build
/// that reads the file system. Symbolic links that lead out of the site folder are not followed.
/// </summary>
public static class SiteLoader
{
    public static SiteSource Load(string sourceFolder)
    {
        var root = Path.GetFullPath(sourceFolder);
        var problems = new DiagnosticBag();

        SourceFile? config = null;
        var configPath = Path.Combine(root, ConfigParser.FileName);
        if (File.Exists(configPath) && ReadText(root, configPath, problems) is { } configText)
            config = new SourceFile(ConfigParser.FileName, configText);

        // Read and decoded on every core, kept in path order.
        var profileFiles = Files(root, "profiles", problems).Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).ToList();
        var texts = new string?[profileFiles.Count];
        Parallel.For(0, profileFiles.Count, i => texts[i] = ReadText(root, profileFiles[i], problems));
        var profiles = new List<SourceFile>(profileFiles.Count);
        for (var i = 0; i < profileFiles.Count; i++)
        {
            if (texts[i] is { } text) profiles.Add(new SourceFile(Relative(root, profileFiles[i]), text));
        }

        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var templatesRoot = Path.Combine(root, "templates");
        foreach (var file in Files(root, "templates", problems))
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
        foreach (var file in Files(root, "data", problems).Where(Data.DataFileParser.IsDataFile))
        {
            if (ReadText(root, file, problems) is { } text) data.Add(new SourceFile(Relative(root, file), text));
        }

        var statics = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var staticRoot = Path.Combine(root, "static");
        foreach (var file in Files(root, "static", problems))
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

    /// <summary>Files under a folder of the site, in ordinal order, skipping hidden files and links that leave the site.</summary>
    private static IEnumerable<string> Files(string root, string folder, DiagnosticBag problems)
    {
        var start = Path.Combine(root, folder);
        if (!Directory.Exists(start)) return [];
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false };
        var inside = new InsideCheck(root);
        var result = new List<string>();
        try
        {
            var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Path, bool IsLink)>(start,
                (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.ToFullPath(), entry.Attributes.HasFlag(FileAttributes.ReparsePoint)), options)
            {
                ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory,
            };
            foreach (var (file, isLink) in entries)
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.') || name.EndsWith('~')) continue; // editor backups and lock files
                if (!inside.Contains(file, isLink))
                {
                    problems.Add(Diagnostic.Warning(Relative(root, file), SourcePosition.Start,
                        "this is a symbolic link to a file outside the site folder; it is skipped", "copy the file into the site instead"));
                    continue;
                }
                result.Add(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Diagnostic.Error(folder, SourcePosition.Start, $"cannot read the folder: {e.Message}"));
        }
        result.Sort(StringComparer.Ordinal);
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

    private static string? ReadText(string root, string file, DiagnosticBag problems)
    {
        var bytes = ReadBytes(root, file, problems);
        return bytes is null ? null : SourceDecoder.Decode(Relative(root, file), bytes, problems);
    }

    private static byte[]? ReadBytes(string root, string file, DiagnosticBag problems)
    {
        try
        {
            var length = new FileInfo(file).Length;
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
}
