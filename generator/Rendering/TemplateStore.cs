using System.Reflection;

namespace ProfileGen.Rendering;

/// <summary>
/// The templates of a build: the site's own <c>templates/</c> files over the defaults embedded in
/// the tool, file by file, so a designer copies only what they change.
/// </summary>
public sealed class TemplateStore
{
    private const string EmbeddedPrefix = "templates/";
    private readonly IReadOnlyDictionary<string, string> _overrides;
    private static readonly Lazy<Dictionary<string, byte[]>> Embedded = new(LoadEmbedded);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> EmbeddedText = new(StringComparer.Ordinal);

    public TemplateStore(IReadOnlyDictionary<string, string> overrides) => _overrides = overrides;

    /// <summary>The text of a template by its path inside templates/ ("partials/header.html"), or null.</summary>
    public string? Text(string path)
    {
        if (_overrides.TryGetValue(path, out var text)) return text;
        if (!Embedded.Value.TryGetValue(path, out var bytes)) return null;
        // Decoded once: include asks for a partial on every page that uses it.
        return EmbeddedText.GetOrAdd(path, _ => System.Text.Encoding.UTF8.GetString(StripBom(bytes)));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Incremental.IDependency> _dependencies = new(StringComparer.Ordinal);

    /// <summary>
    /// The template at a path as an incremental build's dependency ("tpl:partials/header.html"):
    /// a page that used it is rendered again when its text changes, or when it appears or goes.
    /// </summary>
    public Incremental.IDependency Dependency(string path) => _dependencies.GetOrAdd(path, p => new TemplateDependency(p, Text(p)));

    private sealed class TemplateDependency(string path, string? text) : Incremental.IDependency
    {
        public string Id { get; } = "tpl:" + path;
        public Incremental.Hash128 Hash { get; } = Incremental.ContentHasher.OfValue(text);
    }

    /// <summary>Whether a template exists, without reading it.</summary>
    public bool Exists(string path) => _overrides.ContainsKey(path) || Embedded.Value.ContainsKey(path);

    /// <summary>How a diagnostic names a template: the site's file, or the built-in one.</summary>
    public string DisplayPath(string path) =>
        _overrides.ContainsKey(path) ? "templates/" + path : "(built-in) templates/" + path;

    public bool IsOverridden(string path) => _overrides.ContainsKey(path);

    public IEnumerable<string> OverriddenPaths => _overrides.Keys;

    /// <summary>The built-in files under a folder of templates/ ("assets/"), by path inside templates/.</summary>
    /// <remarks>In no order: the one caller sorts them itself (ordering pairs here was generic code compiled at run time in every build).</remarks>
    public static IEnumerable<KeyValuePair<string, byte[]>> EmbeddedUnder(string folder) =>
        Embedded.Value.Where(kv => kv.Key.StartsWith(folder, StringComparison.Ordinal));

    /// <summary>Every built-in file, by path inside templates/ (for <c>init --templates</c>).</summary>
    public static IEnumerable<KeyValuePair<string, byte[]>> AllEmbedded() => Embedded.Value.OrderBy(kv => kv.Key, StringComparer.Ordinal);

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    private static Dictionary<string, byte[]> LoadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            result[name[EmbeddedPrefix.Length..].Replace('\\', '/')] = memory.ToArray();
        }
        return result;
    }
}
