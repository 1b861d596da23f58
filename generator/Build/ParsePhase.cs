using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Incremental;

namespace ProfileGen.Build;

/// <summary>
/// The Parse phase: every profile's front matter and body, on every core, in source order. A
/// profile comes from the disk cache of earlier builds, or from the dev server's memory, when its
/// text is unchanged; otherwise it is parsed.
/// </summary>
public static class ParsePhase
{
    public static List<ParsedProfile> ParseAll(IReadOnlyList<SourceFile> profiles, ProfileParser parser, string markdownKey,
        BuildCache? memory, ParseCache? disk, DiagnosticBag diagnostics)
    {
        var results = new ParsedProfile?[profiles.Count];
        if (disk is not null) ParseWithDiskCache(profiles, parser, markdownKey, disk, diagnostics, results);
        else
        {
            Parallel.For(0, profiles.Count, i => results[i] = SiteGenerator.Guard(profiles[i].Path, diagnostics, () => memory is null
                ? parser.Parse(profiles[i], diagnostics)
                : memory.Parse(profiles[i], markdownKey, bag => parser.Parse(profiles[i], bag), diagnostics)));
        }
        return results.Where(p => p is not null).Select(p => p!).ToList();
    }

    private static void ParseWithDiskCache(IReadOnlyList<SourceFile> profiles, ProfileParser parser, string markdownKey, ParseCache disk,
        DiagnosticBag diagnostics, ParsedProfile?[] results)
    {
        var entries = new ParseCache.Entry?[profiles.Count];
        var crashes = 0;
        Parallel.For(0, profiles.Count, i =>
        {
            var file = profiles[i];
            var key = ParseCache.Key(file, markdownKey);
            if (!disk.TryGet(key, out results[i], out var found))
            {
                var local = new DiagnosticBag();
                if (file.IsUnread)
                {
                    // Unchanged since the last build, yet not in the cache (it was damaged, or the settings changed): read it now.
                    if (file.Read(local) is null)
                    {
                        diagnostics.AddRange(local.Sorted());
                        return;
                    }
                    key = ParseCache.Key(file, markdownKey);
                }
                var crashed = true; // stays true only when the parser threw
                results[i] = SiteGenerator.Guard(file.Path, local, () =>
                {
                    var parsed = parser.Parse(file, local);
                    crashed = false;
                    return parsed;
                });
                if (crashed) Interlocked.Increment(ref crashes);
                found = local.Sorted();
            }
            diagnostics.AddRange(found);
            entries[i] = new ParseCache.Entry(key, results[i], found);
            if (results[i] is { } parsed) results[i] = parsed with { SourceKey = key };
        });
        // A parse that crashed is a bug, reported as one; it is never cached, so the next build tries again.
        if (crashes > 0) return;
        var written = new List<ParseCache.Entry>(entries.Length);
        foreach (var entry in entries) if (entry is not null) written.Add(entry);
        disk.BeginWrite(written);
    }
}
