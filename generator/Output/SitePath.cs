namespace ProfileGen.Output;

/// <summary>
/// The last guard before a file is written: a site path must be relative, made of plain segments,
/// and stay inside the output folder whatever a slug, tag or template says.
/// </summary>
public static class SitePath
{
    public static bool IsSafe(string sitePath)
    {
        if (string.IsNullOrEmpty(sitePath) || sitePath.Length > 1024) return false;
        if (sitePath.StartsWith('/') || sitePath.Contains('\\') || sitePath.Contains(':') || sitePath.Any(char.IsControl)) return false;
        foreach (var segment in sitePath.Split('/'))
        {
            if (segment is "" or "." or "..") return false;
            if (segment.Length > 200) return false;
        }
        return true;
    }
}
