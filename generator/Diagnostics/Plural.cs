namespace ProfileGen.Diagnostics;

/// <summary>Counts in summaries for people: "1 error", "3 warnings".</summary>
public static class Plural
{
    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
