using System.Collections.Concurrent;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Output;

namespace ProfileGen.Serve;

/// <summary>
/// One build of the site as the dev server holds it: files that are not pages (assets, static
/// files, feeds) as bytes, and pages as renderers that run on the first request and are kept until
/// the next build. Rendering on demand is what keeps a rebuild of a 10,000-page site short.
/// </summary>
public sealed class Generation(int id, SiteSource source) : IDeferredOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<RenderedPage>> _pages = new(StringComparer.Ordinal);

    /// <summary>A rendered page, or null bytes and the problems that stopped it.</summary>
    public sealed record RenderedPage(byte[]? Bytes, IReadOnlyList<Diagnostic> Problems);

    public int Id => id;

    public SiteSource Source => source;

    public BuildResult? Result { get; set; }

    public void Write(string sitePath, ReadOnlySpan<byte> bytes) => _files[sitePath] = bytes.ToArray();

    public void Defer(string sitePath, Func<DiagnosticBag, byte[]?> render) =>
        _pages[sitePath] = new Lazy<RenderedPage>(() =>
        {
            var bag = new DiagnosticBag();
            var bytes = render(bag);
            return new RenderedPage(bytes, bag.Sorted());
        }, LazyThreadSafetyMode.ExecutionAndPublication);

    public bool Has(string sitePath) => _files.ContainsKey(sitePath) || _pages.ContainsKey(sitePath);

    public IEnumerable<string> Paths => _files.Keys.Concat(_pages.Keys);

    public IEnumerable<string> PagePaths => _pages.Keys;

    /// <summary>The bytes of a file, rendering the page first if it is one; null bytes when it is missing or failed.</summary>
    public RenderedPage Get(string sitePath)
    {
        if (_files.TryGetValue(sitePath, out var bytes)) return new RenderedPage(bytes, []);
        return _pages.TryGetValue(sitePath, out var page) ? page.Value : new RenderedPage(null, []);
    }

    /// <summary>Renders every page not rendered yet, one at a time, until cancelled; returns the problems found.</summary>
    public IReadOnlyList<Diagnostic> RenderAll(CancellationToken cancellation)
    {
        var problems = new List<Diagnostic>();
        foreach (var path in _pages.Keys.Order(StringComparer.Ordinal))
        {
            if (cancellation.IsCancellationRequested) break;
            problems.AddRange(_pages[path].Value.Problems);
        }
        return problems;
    }
}
