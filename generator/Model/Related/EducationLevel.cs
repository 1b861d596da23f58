namespace ProfileGen.Model.Related;

/// <summary>
/// Typical entry-level education as a rank on the BLS ladder, from "No formal educational
/// credential" (0) to "Doctoral or professional degree" (7), so that nearby levels count as close.
/// </summary>
internal static class EducationLevel
{
    /// <summary>Levels this many steps apart or more are not close at all.</summary>
    public const int Span = 3;

    /// <summary>The rank of an education text, or null when it names no level on the ladder.</summary>
    public static int? Rank(string? education)
    {
        if (string.IsNullOrWhiteSpace(education)) return null;
        var e = education.ToLowerInvariant();
        if (e.Contains("doctor") || e.Contains("professional degree") || e.Contains("phd")) return 7;
        if (e.Contains("master")) return 6;
        if (e.Contains("bachelor")) return 5;
        if (e.Contains("associate")) return 4;
        if (e.Contains("some college")) return 3;
        if (e.Contains("postsecondary") || e.Contains("nondegree") || e.Contains("certificate")) return 2;
        if (e.Contains("high school")) return 1;
        if (e.Contains("no formal") || e.Contains("none") || e.Contains("no degree")) return 0;
        return null;
    }

    /// <summary>1 for the same level, falling linearly to 0 at <see cref="Span"/> steps apart.</summary>
    public static double Closeness(int a, int b) => Math.Max(0, 1 - Math.Abs(a - b) / (double)Span);
}
