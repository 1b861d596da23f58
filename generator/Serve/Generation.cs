using System.Collections.Concurrent;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Output;
using Scriban.Runtime;

namespace ProfileGen.Serve;

/// <summary>
/// One build of the site as the dev server holds it: files that are not pages (assets, static
/// files, feeds) as bytes, and pages as renderers that run on the first request and are kept until
/// the next build. Rendering on demand is what keeps a rebuild of a 10,000-page site short.
/// </summary>
public sealed class Generation : IDeferredOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files;
    private readonly ConcurrentDictionary<string, PageEntry> _pages;

    /// <summary>A rendered page, or null bytes and the problems that stopped it.</summary>
    public sealed record RenderedPage(byte[]? Bytes, IReadOnlyList<Diagnostic> Problems);

    private sealed record PageEntry(Func<ScriptObject> Data, Func<ScriptObject, DiagnosticBag, byte[]?> Render, Lazy<RenderedPage> Result);

    public Generation(int id, SiteSource source)
        : this(id, source, new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal), new ConcurrentDictionary<string, PageEntry>(StringComparer.Ordinal), false)
    {
    }

    private Generation(int id, SiteSource source, ConcurrentDictionary<string, byte[]> files, ConcurrentDictionary<string, PageEntry> pages, bool isPreview)
    {
        Id = id;
        Source = source;
        _files = files;
        _pages = pages;
        IsPreview = isPreview;
    }

    public int Id { get; }

    public SiteSource Source { get; }

    public BuildResult? Result { get; set; }

    /// <summary>A stand-in made from the previous build by <see cref="WithPages"/>, until the full rebuild lands.</summary>
    public bool IsPreview { get; }

    public void Write(string sitePath, ReadOnlySpan<byte> bytes) => _files[sitePath] = bytes.ToArray();

    public void Defer(string sitePath, Func<ScriptObject> data, Func<ScriptObject, DiagnosticBag, byte[]?> render) =>
        _pages[sitePath] = new PageEntry(data, render, Lazily(render, data));

    public bool Has(string sitePath) => _files.ContainsKey(sitePath) || _pages.ContainsKey(sitePath);

    public IEnumerable<string> Paths => _files.Keys.Concat(_pages.Keys);

    /// <summary>The <c>page</c> object a page is rendered with, or null when the path is not a page.</summary>
    public ScriptObject? PageData(string sitePath) => _pages.TryGetValue(sitePath, out var page) ? page.Data() : null;

    /// <summary>The bytes of a file, rendering the page first if it is one; null bytes when it is missing or failed.</summary>
    public RenderedPage Get(string sitePath)
    {
        if (_files.TryGetValue(sitePath, out var bytes)) return new RenderedPage(bytes, []);
        return _pages.TryGetValue(sitePath, out var page) ? page.Result.Value : new RenderedPage(null, []);
    }

    /// <summary>
    /// A preview: this build with some pages rendered from other <c>page</c> objects. Every other
    /// page is shared with this build, rendered or not, so the preview costs only its own pages.
    /// </summary>
    public Generation WithPages(int id, IReadOnlyDictionary<string, ScriptObject> pages)
    {
        var entries = new ConcurrentDictionary<string, PageEntry>(_pages, StringComparer.Ordinal);
        foreach (var (path, data) in pages)
        {
            if (!_pages.TryGetValue(path, out var entry)) continue;
            entries[path] = entry with { Data = () => data, Result = Lazily(entry.Render, () => data) };
        }
        return new Generation(id, Source, _files, entries, isPreview: true) { Result = Result };
    }

    /// <summary>Renders every page not rendered yet, one at a time, until cancelled; returns the problems found.</summary>
    public IReadOnlyList<Diagnostic> RenderAll(CancellationToken cancellation)
    {
        var problems = new List<Diagnostic>();
        foreach (var path in _pages.Keys.Order(StringComparer.Ordinal))
        {
            if (cancellation.IsCancellationRequested) break;
            problems.AddRange(_pages[path].Result.Value.Problems);
        }
        return problems;
    }

    private static Lazy<RenderedPage> Lazily(Func<ScriptObject, DiagnosticBag, byte[]?> render, Func<ScriptObject> data) =>
        new(() =>
        {
            var bag = new DiagnosticBag();
            var bytes = render(data(), bag);
            return new RenderedPage(bytes, bag.Sorted());
        }, LazyThreadSafetyMode.ExecutionAndPublication);
}
