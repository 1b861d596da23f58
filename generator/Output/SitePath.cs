namespace ProfileGen.Output;

/// <summary>
/// The last guard before a file is written: a site path must be relative, made of plain segments,
/// and stay inside the output folder whatever a slug, tag or template says.
/// </summary>
public static class SitePath
{
    /// <summary>Backslashes, colons (drive letters, streams) and control characters.</summary>
    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(
        "\\:" + new string(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl).ToArray()));

    public static bool IsSafe(string sitePath)
    {
        if (string.IsNullOrEmpty(sitePath) || sitePath.Length > 1024) return false;
        // Checked for every page of every build, kept or written: spans, not LINQ and Split.
        var path = sitePath.AsSpan();
        if (path[0] == '/' || path.ContainsAny(Forbidden)) return false;
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.IsEmpty || segment is "." or ".." || segment.Length > 200) return false;
        }
        return true;
    }
}
