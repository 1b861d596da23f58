using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using ProfileGen.Serve;

// Usage: ServeBench SITE_DIR [EDITS] [PROFILE]
// Copy the site first: the benchmark edits one of its profiles (and puts it back at the end).
// Serves SITE_DIR as `profilegen serve` does, opens the profile's page in Debian's Chromium, then
// EDITS times (default 10) appends a new sentence to the profile's Markdown and measures from the
// write to the moment the open page shows that sentence: save-to-browser, through the file
// watcher, the debounce, the rebuild, the reload event, the page reload and the page render.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: ServeBench SITE_DIR [EDITS] [PROFILE]");
    return 2;
}
var siteFolder = Path.GetFullPath(args[0]);
var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var profilePath = args.Length > 2
    ? Path.Combine(siteFolder, "profiles", args[2] + ".md")
    : Directory.GetFiles(Path.Combine(siteFolder, "profiles"), "*.md").Order(StringComparer.Ordinal).First();
var slug = Path.GetFileNameWithoutExtension(profilePath);
var original = File.ReadAllText(profilePath);

var startup = Stopwatch.StartNew();
var log = new StringWriter();
// Knobs for exploring where the time goes; the defaults are what `profilegen serve` uses.
var options = new ServeOptions { SourceFolder = siteFolder, Port = 0 };
if (Environment.GetEnvironmentVariable("SERVEBENCH_DEBOUNCE_MS") is { } debounce) options = options with { Debounce = TimeSpan.FromMilliseconds(int.Parse(debounce, CultureInfo.InvariantCulture)) };
if (Environment.GetEnvironmentVariable("SERVEBENCH_NO_BACKGROUND") == "1") options = options with { RenderAllInBackground = false };
await using var server = await DevServer.StartAsync(options, TextWriter.Synchronized(log));
Console.WriteLine($"{siteFolder}: first build and server start in {startup.ElapsedMilliseconds} ms; {server.Url}");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
});
var page = await browser.NewPageAsync();
// The page notes when it first painted (the frame after DOMContentLoaded), by the wall clock this
// process shares with the browser: Playwright's own polling after a navigation adds latency that
// is not the dev server's.
await page.AddInitScriptAsync("document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => { window.__paintedAt = Date.now(); }));");
await page.GotoAsync($"{server.Url}careers/{slug}/");
// Let the background render of the other pages finish, as it would while an author reads the page.
await Task.Delay(TimeSpan.FromSeconds(2));

// Also listen to the server's events, to split the time into "server rebuilt" and "browser showed it".
var eventTimes = new System.Collections.Concurrent.ConcurrentQueue<(string Type, long At)>();
using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
var events = new StreamReader(await http.GetStreamAsync(server.Url + "__profilegen/events"));
_ = Task.Run(async () =>
{
    while (await events.ReadLineAsync() is { } line)
        if (line.StartsWith("data: ", StringComparison.Ordinal)) eventTimes.Enqueue((line.Contains("\"reload\"") ? "reload" : "other", Stopwatch.GetTimestamp()));
});
long documentAt = 0;
page.Request += (_, request) => { if (request.ResourceType == "document") documentAt = Stopwatch.GetTimestamp(); };
long responseAt = 0, domAt = 0;
page.RequestFinished += (_, request) => { if (request.ResourceType == "document") responseAt = Stopwatch.GetTimestamp(); };
page.DOMContentLoaded += (_, _) => domAt = Stopwatch.GetTimestamp();
var pause = int.Parse(Environment.GetEnvironmentVariable("SERVEBENCH_PAUSE_MS") ?? "600", CultureInfo.InvariantCulture);
var times = new List<double>();
var noticed = new List<double>();
try
{
    for (var i = 1; i <= edits; i++)
    {
        var marker = $"Benchmark edit {i} {Guid.NewGuid():N}.";
        await Task.Delay(pause); // an author types between saves; keep the edits from coalescing
        eventTimes.Clear();
        var writeAt = Stopwatch.GetTimestamp();
        var writeWall = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var watch = Stopwatch.StartNew();
        File.WriteAllText(profilePath, original.TrimEnd() + "\n\n" + marker + "\n");
        await page.WaitForFunctionAsync("m => document.body && document.body.innerText.includes(m)", marker,
            new PageWaitForFunctionOptions { PollingInterval = 5, Timeout = 120_000 });
        noticed.Add(watch.Elapsed.TotalMilliseconds);
        var paintedAt = await page.EvaluateAsync<long>("() => window.__paintedAt || 0");
        times.Add(paintedAt > 0 ? paintedAt - writeWall : watch.Elapsed.TotalMilliseconds);
        var reloadAt = eventTimes.FirstOrDefault(e => e.Type == "reload").At;
        Console.WriteLine($"edit {i}: painted {times[^1]:0} ms, noticed by Playwright {watch.Elapsed.TotalMilliseconds:0} ms (reload event at {Stopwatch.GetElapsedTime(writeAt, reloadAt).TotalMilliseconds:0} ms, " +
                          $"page requested at {Stopwatch.GetElapsedTime(writeAt, documentAt).TotalMilliseconds:0} ms, received at {Stopwatch.GetElapsedTime(writeAt, responseAt).TotalMilliseconds:0} ms, DOMContentLoaded at {Stopwatch.GetElapsedTime(writeAt, domAt).TotalMilliseconds:0} ms; parsed afresh: {server.Site.ParsedLastRebuild})");
    }
}
finally
{
    File.WriteAllText(profilePath, original);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
Console.WriteLine($"save-to-browser over {times.Count} edits: median {Median(times):0} ms to the first paint of the updated page (min {times.Min():0}, max {times.Max():0}); " +
                  $"median {Median(noticed):0} ms until Playwright noticed the text");
Console.WriteLine("server log (last lines):");
foreach (var line in log.ToString().Split('\n').TakeLast(Math.Max(6, 2 * edits + 1))) Console.WriteLine("  " + line);
return 0;
