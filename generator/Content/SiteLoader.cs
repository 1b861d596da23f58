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

        var profiles = new List<SourceFile>();
        foreach (var file in Files(root, "profiles", problems).Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            if (ReadText(root, file, problems) is { } text) profiles.Add(new SourceFile(Relative(root, file), text));
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
        var result = new List<string>();
        try
        {
            foreach (var file in Directory.EnumerateFiles(start, "*", options))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.') || name.EndsWith('~')) continue; // editor backups and lock files
                if (!StaysInside(root, file))
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

    private static bool StaysInside(string root, string file)
    {
        var real = RealPath(file);
        return real.StartsWith(RealPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link along it resolved.</summary>
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
