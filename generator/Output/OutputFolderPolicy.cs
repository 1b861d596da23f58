namespace ProfileGen.Output;

/// <summary>
/// Which folders a build may write into. ProfileGen replaces its output folder's contents, so it
/// refuses any folder whose loss would hurt: the source itself, the source's inputs, a file-system
/// root, the home folder, or a non-empty folder it did not create.
/// </summary>
public static class OutputFolderPolicy
{
    private static readonly string[] InputFolders = ["profiles", "templates", "static", "data"];

    /// <summary>Null when the folder may be used, else the reason and what to do.</summary>
    public static string? Check(string output, string source)
    {
        var outFull = Normalize(output);
        var srcFull = Normalize(source);
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        if (Path.GetPathRoot(outFull) is { } root && string.Equals(outFull, Normalize(root), comparison))
            return $"refusing to use {output} as the output folder: it is a file-system root. Choose a folder such as site-output/";
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home) && string.Equals(outFull, Normalize(home), comparison))
            return $"refusing to use {output} as the output folder: it is your home folder. Choose a folder such as site-output/";
        if (string.Equals(outFull, srcFull, comparison))
            return $"refusing to use the source folder {source} as the output folder: the build would replace your profiles. Choose a folder such as site-output/";
        if (IsInside(srcFull, outFull, comparison))
            return $"refusing to use {output} as the output folder: it contains the source folder {source}. Choose a folder inside or beside the source, such as site-output/";
        foreach (var input in InputFolders)
        {
            var inputFull = Normalize(Path.Combine(srcFull, input));
            if (string.Equals(outFull, inputFull, comparison) || IsInside(outFull, inputFull, comparison))
                return $"refusing to use {output} as the output folder: it is inside the site's {input}/ folder, which the build reads. Choose a folder such as site-output/";
        }
        if (File.Exists(outFull))
            return $"refusing to use {output} as the output folder: it is a file. Choose a folder such as site-output/";
        if (Directory.Exists(outFull) && !File.Exists(Path.Combine(outFull, DiskOutput.MarkerName)) && Directory.EnumerateFileSystemEntries(outFull).Any())
            return $"refusing to use {output} as the output folder: it is not empty and ProfileGen did not create it. Empty it yourself, or choose another folder";
        return null;
    }

    public static HashSet<string> ReadManifest(string folder)
    {
        var marker = Path.Combine(folder, DiskOutput.MarkerName);
        if (!File.Exists(marker)) return [];
        return File.ReadAllLines(marker).Skip(1).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    private static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        // Resolve symbolic links so "out -> ." cannot disguise the source folder.
        try
        {
            var info = new DirectoryInfo(full);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) full = target.FullName;
        }
        catch (IOException)
        {
        }
        return full.Length > 1 ? full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : full;
    }

    private static bool IsInside(string path, string folder, StringComparison comparison) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, comparison);
}
