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
var times = new List<double>();
try
{
    for (var i = 1; i <= edits; i++)
    {
        var marker = $"Benchmark edit {i} {Guid.NewGuid():N}.";
        await Task.Delay(600); // an author types between saves; keep the edits from coalescing
        eventTimes.Clear();
        var writeAt = Stopwatch.GetTimestamp();
        var watch = Stopwatch.StartNew();
        File.WriteAllText(profilePath, original.TrimEnd() + "\n\n" + marker + "\n");
        await page.WaitForFunctionAsync("m => document.body && document.body.innerText.includes(m)", marker,
            new PageWaitForFunctionOptions { PollingInterval = 5, Timeout = 120_000 });
        times.Add(watch.Elapsed.TotalMilliseconds);
        var reloadAt = eventTimes.FirstOrDefault(e => e.Type == "reload").At;
        Console.WriteLine($"edit {i}: {watch.Elapsed.TotalMilliseconds:0} ms (reload event at {Stopwatch.GetElapsedTime(writeAt, reloadAt).TotalMilliseconds:0} ms, " +
                          $"page requested at {Stopwatch.GetElapsedTime(writeAt, documentAt).TotalMilliseconds:0} ms, received at {Stopwatch.GetElapsedTime(writeAt, responseAt).TotalMilliseconds:0} ms, DOMContentLoaded at {Stopwatch.GetElapsedTime(writeAt, domAt).TotalMilliseconds:0} ms; parsed afresh: {server.Site.ParsedLastRebuild})");
    }
}
finally
{
    File.WriteAllText(profilePath, original);
}

times.Sort();
var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[times.Count / 2 - 1] + times[times.Count / 2]) / 2;
Console.WriteLine($"save-to-browser over {times.Count} edits: median {median:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms");
Console.WriteLine("server log (last lines):");
foreach (var line in log.ToString().Split('\n').TakeLast(6)) Console.WriteLine("  " + line);
return 0;
