using System.Diagnostics;
using System.Globalization;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Diagnostics;

namespace ProfileGen.Serve;

/// <summary>
/// The site the dev server shows, kept up to date. Each rebuild loads the sources and runs the
/// build pipeline into a new <see cref="Generation"/>, reusing the previous build's parsed
/// profiles and site model where their inputs did not change. A good build replaces the one
/// served and tells the pages to reload (or only to swap a stylesheet); a broken one leaves the
/// last good build in place and sends its diagnostics to the pages' overlay and the terminal.
/// On a site whose full rebuild is slow, a save that changes only a profile's body is shown first
/// as a preview of that page (<see cref="BodyPreview"/>) while the full rebuild runs behind it;
/// when it lands, only pages whose HTML changed reload.
/// </summary>
public sealed class LiveSite
{
    private readonly string _root;
    private readonly string _baseUrl;
    private readonly bool _includeDrafts;
    private readonly TextWriter _log;
    private readonly EventHub _hub;
    private readonly bool _renderAllInBackground;
    private readonly TimeSpan? _previewAfter;
    private readonly FullBuildScheduler _builds;
    private readonly Lock _lock = new();
    private BuildCache _cache = new();
    private Generation? _good;
    private Generation? _previousGood;
    private IReadOnlyList<Diagnostic> _buildProblems = [];
    private readonly List<Diagnostic> _renderProblems = [];
    private Func<string, string?> _sourceOf = _ => null;
    private int _attempts;
    private int _version;
    private int _completed;
    private TimeSpan _lastFullBuild;
    private string? _lastPrinted;
    private CancellationTokenSource? _background;

    public LiveSite(string root, string baseUrl, bool includeDrafts, TextWriter log, EventHub hub, bool renderAllInBackground = true, TimeSpan? previewAfter = null)
    {
        _root = root;
        _baseUrl = baseUrl;
        _includeDrafts = includeDrafts;
        _log = log;
        _hub = hub;
        _renderAllInBackground = renderAllInBackground;
        _previewAfter = previewAfter;
        _builds = new FullBuildScheduler(FullBuild, log);
    }

    public string BaseUrl => _baseUrl;

    /// <summary>The build being served: the last good one (or its preview), or null when none has succeeded yet.</summary>
    public Generation? Current => _good;

    /// <summary>How many rebuilds finished (good or broken; a preview counts when it was shown); tests use it to see bursts of saves coalesce.</summary>
    public int Rebuilds => Volatile.Read(ref _completed);

    /// <summary>How many full builds were published or failed; a preview's full rebuild lands later than <see cref="Rebuilds"/> says.</summary>
    public int FullBuilds { get; private set; }

    /// <summary>How many profiles the last rebuild parsed afresh; the rest came from the cache.</summary>
    public int ParsedLastRebuild { get; private set; }

    /// <summary>The current problems: the latest build's diagnostics and the errors of pages rendered since.</summary>
    public IReadOnlyList<Problem> Problems
    {
        get
        {
            lock (_lock) return ProblemsLocked();
        }
    }

    public string HelloMessage()
    {
        lock (_lock) return ServeEvents.Hello(_good?.Id ?? 0, ProblemsLocked());
    }

    /// <summary>Rebuilds after <paramref name="changed"/> (site-relative paths; null: anything may have changed).</summary>
    public void Rebuild(IReadOnlyCollection<string>? changed)
    {
        try
        {
            StopBackgroundWork(); // the rebuild needs the cores more than pages of a build about to be replaced
            var version = Interlocked.Increment(ref _version);
            var previewed = changed is not null && TryPreview(changed);
            _builds.Request(changed, version);
            if (!previewed) _builds.WaitFor(version);
        }
        finally
        {
            Interlocked.Increment(ref _completed);
        }
    }

    /// <summary>Shows a body-only edit at once on a site whose full rebuild is slow; false when the change needs the full rebuild first.</summary>
    private bool TryPreview(IReadOnlyCollection<string> changed)
    {
        var current = _good;
        if (_previewAfter is not { } threshold || _lastFullBuild < threshold || current is null) return false;
        if (changed.Count is 0 or > 8 || !changed.All(p => p.StartsWith("profiles/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.OrdinalIgnoreCase))) return false;

        var watch = Stopwatch.StartNew();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            try
            {
                var full = Path.Combine(_root, path);
                if (!File.Exists(full) || SourceDecoder.Decode(path, File.ReadAllBytes(full), new DiagnosticBag()) is not { } text) return false;
                texts[path] = text;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
        if (BodyPreview.Pages(current, texts) is not { } pages) return false;

        var preview = current.WithPages(Interlocked.Increment(ref _attempts), pages);
        lock (_lock)
        {
            if (!ReferenceEquals(_good, current)) return false;
            _previousGood = current;
            _good = preview;
        }
        _hub.Broadcast(ServeEvents.Reload(preview.Id));
        foreach (var path in pages.Keys) Fetch(preview, path); // render now, while the pages reload
        _log.WriteLine($"{Now()} {Describe(changed)} changed: previewed in {watch.ElapsedMilliseconds} ms; rebuilding the whole site behind it");
        return true;
    }

    private void FullBuild(IReadOnlyCollection<string>? changed, int version)
    {
        var watch = Stopwatch.StartNew();
        var id = Interlocked.Increment(ref _attempts);
        // Data files may feed the model and the parse in ways the cache keys do not see: start afresh.
        if (changed is null || changed.Any(p => p.StartsWith("data/", StringComparison.Ordinal))) _cache = new BuildCache();

        SiteSource source;
        BuildResult result;
        Generation generation;
        long loadMs;
        try
        {
            source = SiteLoader.Load(_root);
            loadMs = watch.ElapsedMilliseconds;
            generation = new Generation(id, source);
            result = SiteGenerator.Build(source, new BuildOptions { BaseUrl = _baseUrl, IncludeDrafts = _includeDrafts, Cache = _cache }, generation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file vanished or was locked mid-save: the next event brings another rebuild.
            _log.WriteLine($"{Now()} could not read the site: {e.Message}");
            return;
        }
        generation.Result = result;
        ParsedLastRebuild = _cache.ParsedLastBuild;
        _lastFullBuild = watch.Elapsed;

        string message;
        Generation? replaced = null;
        lock (_lock)
        {
            // A newer save is already shown as a preview, and its own full build is queued: this one is out of date.
            if (Volatile.Read(ref _version) != version) return;
            _sourceOf = source.TextOf;
            _buildProblems = result.Diagnostics;
            if (result.Succeeded)
            {
                var previous = _good;
                _previousGood = previous;
                _good = generation;
                _renderProblems.Clear();
                if (previous is { IsPreview: true }) replaced = previous;
                var sheets = previous is not null && changed is { Count: > 0 } && changed.All(IsStylesheet) ? Stylesheets(generation, changed) : null;
                message = sheets is { Count: > 0 } ? ServeEvents.Css(generation.Id, sheets, ProblemsLocked()) : ServeEvents.Reload(generation.Id);
            }
            else
            {
                message = ServeEvents.Problems(_good?.Id ?? 0, ProblemsLocked());
            }
            FullBuilds++;
        }

        var what = changed is null ? "" : Describe(changed) + " changed: ";
        _log.WriteLine(result.Succeeded
            ? $"{Now()} {what}built {result.PagesWritten} pages in {watch.ElapsedMilliseconds} ms{Warnings(result)}{Phases(loadMs, result, watch.ElapsedMilliseconds)}"
            : $"{Now()} {what}build failed with {Plural.Count(result.ErrorCount, "error")}; {(_good is null ? "nothing to serve until it is fixed" : "still serving the last good build")}");
        PrintIfChanged(result.Diagnostics, source.TextOf);
        if (replaced is not null) BroadcastChangedPages(replaced, generation);
        else _hub.Broadcast(message);
        if (!result.Succeeded) return;
        RenderOpenPages(generation); // while the browsers reload, so their requests find the pages ready
        if (_renderAllInBackground) StartBackgroundRender(generation);
    }

    private void RenderOpenPages(Generation generation)
    {
        var basePath = new Uri(_baseUrl).AbsolutePath;
        foreach (var page in _hub.Pages)
            if (RequestPathResolver.Resolve(page, basePath, generation.Has) is RequestResolution.File file) Fetch(generation, file.SitePath);
    }

    /// <summary>After a preview, the full build reloads only the open pages whose HTML it changed.</summary>
    private void BroadcastChangedPages(Generation preview, Generation built)
    {
        var basePath = new Uri(_baseUrl).AbsolutePath;
        var unchanged = ServeEvents.Unchanged(built.Id, Problems);
        var reload = ServeEvents.Reload(built.Id);
        _hub.Broadcast(page =>
        {
            if (page is null || RequestPathResolver.Resolve(page, basePath, built.Has) is not RequestResolution.File file) return reload;
            var before = preview.Has(file.SitePath) ? preview.Get(file.SitePath).Bytes : null;
            var after = Fetch(built, file.SitePath);
            return before is not null && after is not null && before.AsSpan().SequenceEqual(after) ? unchanged : reload;
        });
    }

    /// <summary>A file of the served site: a page is rendered now if it was not yet. Null when it does not exist or cannot be rendered.</summary>
    public byte[]? Fetch(Generation generation, string sitePath)
    {
        var page = generation.Get(sitePath);
        if (page.Problems.Any(p => p.IsError)) ReportRenderProblems(generation, page.Problems);
        if (page.Bytes is not null) return page.Bytes;
        // A page whose template fails now: show the last good build's version under the overlay.
        var previous = _previousGood;
        return previous is not null && previous.Has(sitePath) ? previous.Get(sitePath).Bytes : null;
    }

    public void StopBackgroundWork() => _background?.Cancel();

    /// <summary>How long the files must stay quiet after a rebuild before the other pages are rendered in the background.</summary>
    private static readonly TimeSpan BackgroundDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Renders the pages nobody has opened yet, one at a time, so template errors anywhere reach
    /// the overlay. It waits for a quiet moment and stops at the next change: on a large site it
    /// would otherwise take the cores the next rebuild needs.
    /// </summary>
    private void StartBackgroundRender(Generation generation)
    {
        var cancellation = new CancellationTokenSource();
        Interlocked.Exchange(ref _background, cancellation)?.Cancel();
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(BackgroundDelay, cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var problems = generation.RenderAll(cancellation.Token);
            if (problems.Count > 0) ReportRenderProblems(generation, problems);
        });
    }

    private void ReportRenderProblems(Generation generation, IReadOnlyList<Diagnostic> problems)
    {
        string message;
        Func<string, string?> sourceOf;
        lock (_lock)
        {
            if (!ReferenceEquals(generation, _good)) return;
            var added = problems.Where(p => !_renderProblems.Contains(p)).ToList();
            if (added.Count == 0) return;
            _renderProblems.AddRange(added);
            message = ServeEvents.Problems(generation.Id, ProblemsLocked());
            sourceOf = _sourceOf;
        }
        _log.WriteLine($"{Now()} a page failed to render; it shows the last good build until the template is fixed");
        PrintIfChanged(_buildProblems.Concat(_renderProblems).ToList(), sourceOf);
        _hub.Broadcast(message);
    }

    private IReadOnlyList<Problem> ProblemsLocked()
    {
        var linesOf = DiagnosticPrinter.LinesOf(_sourceOf);
        return _buildProblems.Concat(_renderProblems).Distinct().Select(d => Problem.From(d, linesOf)).ToList();
    }

    private void PrintIfChanged(IReadOnlyList<Diagnostic> diagnostics, Func<string, string?> sourceOf)
    {
        var text = new StringWriter();
        DiagnosticPrinter.Print(text, diagnostics, sourceOf);
        var printed = text.ToString();
        lock (_lock)
        {
            if (printed == _lastPrinted) return;
            _lastPrinted = printed;
        }
        if (printed.Length > 0) _log.Write(printed);
    }

    private static bool IsStylesheet(string path) =>
        path.EndsWith(".css", StringComparison.OrdinalIgnoreCase)
        && (path.StartsWith("templates/assets/", StringComparison.Ordinal) || path.StartsWith("static/", StringComparison.Ordinal));

    /// <summary>The new URLs of the changed stylesheets: fingerprinted template assets and static files.</summary>
    private List<StylesheetSwap> Stylesheets(Generation generation, IEnumerable<string> changed)
    {
        var basePath = new Uri(_baseUrl).AbsolutePath;
        var swaps = new List<StylesheetSwap>();
        foreach (var path in changed)
        {
            if (path.StartsWith("static/", StringComparison.Ordinal))
            {
                var inside = path["static/".Length..];
                if (generation.Has(inside)) swaps.Add(new StylesheetSwap("", "", basePath + inside, $"{basePath}{inside}?v={generation.Id}"));
                continue;
            }
            var name = path["templates/assets/".Length..];
            var stem = "assets/" + name[..^".css".Length] + ".";
            var built = generation.Paths.FirstOrDefault(p => p.StartsWith(stem, StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal)
                                                             && p[stem.Length..^".css".Length].All(Uri.IsHexDigit));
            if (built is not null) swaps.Add(new StylesheetSwap(basePath + stem, ".css", "", basePath + built));
        }
        return swaps;
    }

    /// <summary>Where a slow rebuild spent its time, so an author with a large site can see why.</summary>
    private static string Phases(long loadMs, BuildResult result, long totalMs) =>
        totalMs < 500 ? "" : $" (load {loadMs} ms, " + string.Join(", ", result.Timings.Select(t => $"{t.Phase} {t.Elapsed.TotalMilliseconds:0} ms")) + ")";

    private static string Describe(IReadOnlyCollection<string> changed) =>
        changed.Count == 1 ? changed.First() : $"{changed.Count} files";

    private static string Warnings(BuildResult result) => result.WarningCount > 0 ? $", {Plural.Count(result.WarningCount, "warning")}" : "";

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
