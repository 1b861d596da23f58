using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileGen.Build;

namespace ProfileGen.Cli;

/// <summary>The machine-readable build report that <c>build --json</c> prints on standard output.</summary>
public static class JsonReport
{
    public static string Format(BuildResult result, string outputFolder, TimeSpan elapsed, int filesChanged)
    {
        var report = new JsonObject
        {
            ["version"] = SiteGenerator.Version,
            ["succeeded"] = result.Succeeded,
            ["output"] = outputFolder,
            ["pages_written"] = result.Succeeded ? result.PagesWritten : 0,
            ["files_written"] = result.Succeeded ? result.FilesWritten : 0,
            ["pages_kept"] = result.Succeeded ? result.PagesKept : 0,
            ["files_changed"] = result.Succeeded ? filesChanged : 0,
            ["profiles_from_cache"] = result.ProfilesFromCache,
            ["profiles_read"] = result.ProfilesRead,
            ["drafts_skipped"] = result.DraftsSkipped,
            ["errors"] = result.ErrorCount,
            ["warnings"] = result.WarningCount,
            ["diagnostics"] = new JsonArray(result.Diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["severity"] = d.IsError ? "error" : "warning",
                ["file"] = d.File,
                ["line"] = d.Line,
                ["column"] = d.Column,
                ["message"] = d.Message,
                ["hint"] = d.Hint,
            }).ToArray()),
            ["timings_ms"] = new JsonObject(result.Timings.Select(t => KeyValuePair.Create(t.Phase, (JsonNode?)Math.Round(t.Elapsed.TotalMilliseconds, 1)))),
            ["total_ms"] = Math.Round(elapsed.TotalMilliseconds, 1),
        };
        return report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
