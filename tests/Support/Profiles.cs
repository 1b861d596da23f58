namespace ProfileGen.Tests.Support;

/// <summary>Small profile texts for tests: only the fields a test is about, the rest defaulted.</summary>
public static class Profiles
{
    public static string Profile(string slug, string title, string category = "Education", string extra = "", string body = "Body text.", string date = "2025-01-01") =>
        $"""

        -- profiles/{slug}.md --
        ---
        title: "{title}"
        date: {date}
        category: "{category}"
        {extra}
        ---
        {body}

        """;
}
