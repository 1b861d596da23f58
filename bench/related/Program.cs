using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ProfileGen.Config;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Model;
using ProfileGen.Model.Related;

// Usage:
//   RelatedBench time SITE_DIR [RUNS]          median time of RelatedCareersFinder.Find over RUNS runs (default 5)
//   RelatedBench eval SITE_DIR YARDSTICK.json  precision@5 against {slug: {"related": [slug, ...]}}
// SITE_DIR holds profiles/ (and optionally profilegen.yml), or is itself a folder of *.md profiles.
if (args.Length < 2 || args[0] is not ("time" or "eval"))
{
    Console.Error.WriteLine("usage: RelatedBench time SITE_DIR [RUNS] | RelatedBench eval SITE_DIR YARDSTICK.json");
    return 2;
}

var (site, config, pinned, loadMs) = LoadSite(args[1]);
Console.WriteLine($"{site.Profiles.Count} profiles loaded, parsed and modelled in {loadMs:0} ms");

if (args[0] == "time")
{
    var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    var finder = new RelatedCareersFinder(config.Related);
    var cold = Stopwatch.StartNew();
    var first = finder.Find(site.Profiles, pinned); // also the warm-up: JIT and tiering
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first (cold) run: {cold.Elapsed.TotalMilliseconds:0.0} ms; lists fingerprint {Fingerprint(first)}"));
    if (Fingerprint(site.Profiles.Select(p => p.Related).ToList()) != Fingerprint(first))
        Console.WriteLine("the lists differ from the ones the site build made");
    var times = new List<double>();
    var cpu = new List<double>();
    var process = Process.GetCurrentProcess();
    for (var run = 0; run < runs; run++)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var lists = finder.Find(site.Profiles, pinned);
        times.Add(watch.Elapsed.TotalMilliseconds);
        process.Refresh();
        cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        if (Fingerprint(lists) != Fingerprint(first)) Console.WriteLine($"run {run + 1}: the lists differ from the first run's");
    }
    times.Sort();
    cpu.Sort();
    // Wall time is what a build waits; CPU time (all threads) and the load average tell whether other work shared the machine.
    var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"related lists for {site.Profiles.Count} profiles on {Environment.ProcessorCount} cores: median {times[times.Count / 2]:0.0} ms of {runs} runs (min {times[0]:0.0}, max {times[^1]:0.0}); CPU time median {cpu[cpu.Count / 2]:0.0} ms; load average {load}"));
    return 0;
}

var yardstick = JsonDocument.Parse(File.ReadAllText(args[2])).RootElement;
var bySlug = site.Profiles.ToDictionary(p => p.Slug, StringComparer.Ordinal);
double total = 0;
var n = 0;
foreach (var entry in yardstick.EnumerateObject())
{
    if (!bySlug.TryGetValue(entry.Name, out var profile)) continue;
    var expected = entry.Value.GetProperty("related").EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal);
    var top = profile.Related.Take(5).ToList();
    var hits = top.Count(r => expected.Contains(r.Slug));
    total += hits / 5.0;
    n++;
    if (Environment.GetEnvironmentVariable("VERBOSE") == "1")
        Console.WriteLine($"{hits}/5 {profile.Slug}: " + string.Join(", ", top.Select(r => (expected.Contains(r.Slug) ? "+" : "-") + r.Slug)));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision@5 over {n} careers: {total / n:0.000}"));
return 0;

// A short hash of every related list, to compare runs, thread counts and machines.
static string Fingerprint(IReadOnlyList<IReadOnlyList<Profile>> lists)
{
    var text = string.Join("\n", lists.Select(l => string.Join(" ", l.Select(p => p.Slug))));
    return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
}

static (Site Site, SiteConfig Config, IReadOnlyList<IReadOnlyList<Profile>> Pinned, double Ms) LoadSite(string folder)
{
    var watch = Stopwatch.StartNew();
    var source = SiteLoader.Load(folder);
    if (source.Profiles.Count == 0 && Directory.Exists(folder))
    {
        // A bare folder of profiles, as make_corpus.py writes it.
        source = new SiteSource
        {
            Profiles = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
                .Select(f => new SourceFile("profiles/" + Path.GetFileName(f), File.ReadAllText(f))).ToList(),
        };
    }
    var diagnostics = new DiagnosticBag();
    var config = ConfigParser.Parse(source.Config, diagnostics);
    var parser = new ProfileParser(new MarkdownRenderer(new UrlBuilder(config.BaseUrl), config.UnsafeHtml));
    var parsed = new ParsedProfile?[source.Profiles.Count];
    Parallel.For(0, parsed.Length, i => parsed[i] = parser.Parse(source.Profiles[i], diagnostics));
    var site = SiteBuilder.Build(parsed.Where(p => p is not null).Select(p => p!).ToList(), config, diagnostics);
    if (diagnostics.HasErrors) Console.Error.WriteLine($"warning: {diagnostics.ErrorCount} errors while loading {folder}");

    // SiteBuilder drops each profile's terms once its related list is made (Profile.ReleaseText);
    // the timed runs need them back. Their setter is internal to ProfileGen, hence reflection.
    var termsProperty = typeof(Profile).GetProperty(nameof(Profile.Terms))!;
    var terms = parsed.Where(p => p is not null).ToDictionary(p => p!.File, p => p!.Terms, StringComparer.Ordinal);
    foreach (var profile in site.Profiles)
        if (profile.Terms.Counts.Length == 0) termsProperty.SetValue(profile, terms[profile.SourcePath]);

    // The pins as SiteBuilder resolved them: existing slugs, in their given order.
    var bySlug = site.Profiles.ToDictionary(p => p.Slug, StringComparer.Ordinal);
    var pinned = site.Profiles.Select(p => (IReadOnlyList<Profile>)p.Meta.Related
        .Select(r => bySlug.GetValueOrDefault(r.Slug)).Where(t => t is not null && t != p).Select(t => t!).Distinct().ToList()).ToList();
    return (site, config, pinned, watch.Elapsed.TotalMilliseconds);
}
