using System.Collections.Concurrent;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Model;
using ProfileGen.Rendering;

namespace ProfileGen.Build;

/// <summary>
/// What one build can hand the next when the same process builds the same site again (the dev
/// server): each profile's parse result keyed by its path and text, and the site model when none
/// of its inputs changed. Diagnostics are kept with what produced them, so a cached result reports
/// the same warnings as a fresh one. A build without a cache does everything afresh.
/// </summary>
public sealed class BuildCache
{
    private sealed record ParseEntry(string Text, string SettingsKey, ParsedProfile? Parsed, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record ModelEntry(string Key, IReadOnlyList<ParsedProfile> Parsed, Site Site, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public TemplateModel? Templates { get; set; }
    }

    private readonly ConcurrentDictionary<string, ParseEntry> _parsed = new(StringComparer.Ordinal);
    private ModelEntry? _model;

    /// <summary>How many profiles the last build really parsed (not served from the cache); for the benchmark and tests.</summary>
    public int ParsedLastBuild { get; private set; }

    private int _parsedCounter;

    /// <summary>The parse result of a profile, from the cache when its text and the Markdown settings are unchanged.</summary>
    public ParsedProfile? Parse(SourceFile file, string settingsKey, Func<DiagnosticBag, ParsedProfile?> parse, DiagnosticBag diagnostics)
    {
        if (_parsed.TryGetValue(file.Path, out var hit) && hit.SettingsKey == settingsKey && string.Equals(hit.Text, file.Text, StringComparison.Ordinal))
        {
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Parsed;
        }
        var local = new DiagnosticBag();
        var parsed = parse(local);
        var found = local.Sorted();
        diagnostics.AddRange(found);
        // A profile whose parse threw is not cached: the error is reported by the caller, and the next build tries again.
        _parsed[file.Path] = new ParseEntry(file.Text, settingsKey, parsed, found);
        Interlocked.Increment(ref _parsedCounter);
        return parsed;
    }

    /// <summary>The site model, reused when the configuration key and every parsed profile are the same objects as last time.</summary>
    public Site Model(IReadOnlyList<ParsedProfile> parsed, string key, DiagnosticBag diagnostics, Func<DiagnosticBag, Site> build)
    {
        var previous = _model;
        if (previous is not null && previous.Key == key && previous.Parsed.Count == parsed.Count
            && previous.Parsed.Zip(parsed).All(pair => ReferenceEquals(pair.First, pair.Second)))
        {
            diagnostics.AddRange(previous.Diagnostics);
            return previous.Site;
        }
        var local = new DiagnosticBag();
        var site = build(local);
        var found = local.Sorted();
        diagnostics.AddRange(found);
        _model = new ModelEntry(key, parsed.ToList(), site, found);
        return site;
    }

    /// <summary>The template objects of a site, built once per site model (they are read-only and shared by every page).</summary>
    public TemplateModel TemplateModel(Site site, Func<TemplateModel> build)
    {
        var entry = _model;
        if (entry is null || !ReferenceEquals(entry.Site, site)) return build();
        return entry.Templates ??= build();
    }

    /// <summary>Called at the start of a build: forgets profiles that no longer exist and resets the counter.</summary>
    public void BeginBuild(IEnumerable<string> profilePaths)
    {
        var live = profilePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _parsed.Keys) if (!live.Contains(path)) _parsed.TryRemove(path, out _);
        _parsedCounter = 0;
    }

    public void EndBuild() => ParsedLastBuild = _parsedCounter;

    /// <summary>
    /// Drops the cached model. The dev server calls this when an input the model may read besides
    /// the profiles and profilegen.yml changed (data/ files), since the cache key does not see those.
    /// </summary>
    public void ForgetModel() => _model = null;
}
