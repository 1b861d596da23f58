using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProfileGen.Serve;

/// <summary>
/// The messages the dev server sends open pages over Server-Sent Events, as JSON. <c>build</c>
/// numbers the good builds; a page loaded from an older one reloads when it reconnects.
/// </summary>
public static class ServeEvents
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>Sent to every page when it connects: which build is current and what is wrong with the latest one.</summary>
    public static string Hello(int build, IReadOnlyList<Problem> problems) => Serialize(new { type = "hello", build, problems });

    public static string Reload(int build) => Serialize(new { type = "reload", build });

    /// <summary>A new build in which this page is byte for byte what the page shows: no reload needed.</summary>
    public static string Unchanged(int build, IReadOnlyList<Problem> problems) => Serialize(new { type = "unchanged", build, problems });

    public static string Css(int build, IReadOnlyList<StylesheetSwap> sheets, IReadOnlyList<Problem> problems) =>
        Serialize(new { type = "css", build, sheets, problems });

    public static string Problems(int build, IReadOnlyList<Problem> problems) => Serialize(new { type = "problems", build, problems });

    private static string Serialize(object message) => JsonSerializer.Serialize(message, Options);
}
