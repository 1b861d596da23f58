using ProfileGen.Config;
using ProfileGen.Content;
using ProfileGen.Data;
using ProfileGen.Diagnostics;
using ProfileGen.Figures;
using ProfileGen.Incremental;
using ProfileGen.Model;
using ProfileGen.Output;
using ProfileGen.Rendering;

namespace ProfileGen.Build;

/// <summary>
/// The pipeline from loaded sources to written files: Parse, Validate, Model, Render, Write.
/// Pure apart from the sink it writes to; the CLI, the dev server and the tests all call it.
/// </summary>
public static class SiteGenerator
{
    public static string Version { get; } =
        typeof(SiteGenerator).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0";

    public static BuildResult Build(SiteSource source, BuildOptions options, IOutputSink output)
    {
        var timer = new PhaseTimer(options.Progress);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(source.LoadProblems);

        var config = timer.Time("config", () => ApplyOptions(ConfigParser.Parse(source.Config, diagnostics), options, diagnostics));
        var data = timer.Time("data", () => DataSet.Parse(source.DataFiles, diagnostics));
        var figureTables = FigureTables.Load(config, data, diagnostics);
        var urls = new UrlBuilder(config.BaseUrl);
        var markdown = new MarkdownRenderer(urls, config.UnsafeHtml);
        var parser = new ProfileParser(markdown);
        var cache = options.Cache;
        cache?.BeginBuild(source.Profiles.Select(p => p.Path));
        var markdownKey = $"{config.BaseUrl}|{config.UnsafeHtml}";

        var parsed = timer.Time("parse", () => ParsePhase.ParseAll(source.Profiles, parser, markdownKey, cache, options.ParseCache, diagnostics));

        var modelKey = $"{source.Config?.Text}\n{options.BaseUrl}\n{options.IncludeDrafts}";
        var incremental = output is IKeepingOutputSink ? options.Incremental : null;
        incremental?.Begin(GlobalInputs.Key(source, IncrementalBuild.BinaryKey, $"{options.BaseUrl}\n{options.IncludeDrafts}"));
        var (templateFiles, assetFiles, staticFiles) = (source.Templates, source.Assets, source.StaticFiles);
        var profilesRead = source.Profiles.Count(p => !p.IsUnread);
        // The templates do not depend on the profiles: parsed on the other core while the model is built,
        // most of which (sorting, grouping, indexing) runs on one.
        var templates = new TemplateSet(new TemplateStore(templateFiles), diagnostics);
        // On a thread of its own: queued on the pool it waited behind the text vectors, which fill it, and was then
        // run on this thread when the pages needed it (25 ms of a one-edit rebuild of 10,000 profiles).
        var sharedTemplates = Task.Factory.StartNew(() =>
        {
            foreach (var path in SitePlan.SharedTemplatePaths(templates.Store)) templates.Get(path);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        // Let the profiles' source text go once it is parsed: at 10,000 profiles it is 150 MB of peak memory.
        source = null!;
        var site = timer.Time("model", () => cache is null
            ? SiteBuilder.Build(FigureApplier.Apply(parsed, figureTables, diagnostics), config, diagnostics, options.Rankings)
            : cache.Model(parsed, modelKey, diagnostics, bag => SiteBuilder.Build(FigureApplier.Apply(parsed, figureTables, bag), config, bag)));
        cache?.EndBuild();
        var draftsSkipped = parsed.Count - site.Profiles.Count;
        parsed = null!; // the site model holds what rendering needs
        var garbage = ParseGarbage.ModelBuilt(site.Profiles.Count);

        var assets = new AssetManifest(assetFiles);
        var pages = SitePlan.Pages(site);
        var written = 0;
        var files = 0;
        TemplateModel? model = null;
        var pagesKept = 0;

        timer.Time("render", () =>
        {
            // Parse every template up front so syntax errors are reported even when no page uses the template.
            sharedTemplates.GetAwaiter().GetResult();
            foreach (var path in SitePlan.TemplatePaths(site, templates.Store)) templates.Get(path);
            if (diagnostics.HasErrors) return;

            model = cache?.TemplateModel(site, () => new TemplateModel(site, Version, data.Tree)) ?? new TemplateModel(site, Version, data.Tree, incremental?.Objects);
            var functions = SiteFunctions.Create(urls, new Formatter(config.Language), assets, model.Site);
            // The loop limit catches a template that never ends; it grows with everything a template may list
            // (a site of 2,000 careers with 10 tags each has 20,000 tags for tags.html to walk).
            var renderer = new PageRenderer(templates, functions, loopLimit: Math.Max(10_000, (site.Profiles.Count + site.Tags.Count + site.Categories.Count) * 4));
            // What a page recorded in an earlier build, as this build has it: a template or a site object.
            IDependency? Resolve(string id) => id.StartsWith("tpl:", StringComparison.Ordinal) ? templates.Store.Dependency(id[4..]) : model.Dependency(id);
            // The page's bytes in the rendering thread's buffer: written at once, or copied by the dev server, which keeps them.
            ReadOnlyMemory<byte>? RenderPage(PageJob page, Scriban.Runtime.ScriptObject pageData, DiagnosticBag bag) =>
                Guard(page.SourceFile ?? page.Template, bag, () => renderer.RenderShared(page.Template, page.Layout, model.Site, pageData, bag));
            if (output is IDeferredOutputSink deferred)
            {
                // The dev server renders a page when it is asked for; its errors are reported then.
                foreach (var page in pages) deferred.Defer(page.OutputPath, () => page.Data(model), (pageData, bag) => RenderPage(page, pageData, bag)?.ToArray());
            }
            else
            {
                incremental?.ResolveDependencies(Resolve);
                Parallel.ForEach(pages, page =>
                {
                    if (incremental is null)
                    {
                        if (RenderPage(page, page.Data(model), diagnostics) is { } bytes) output.Write(page.OutputPath, bytes.Span);
                        return;
                    }
                    // An incremental build keeps the page's file when nothing it read last time has changed; a
                    // list page knows that from what it is made of, without being made (1,100 pages at 10,000 profiles).
                    var made = page.Inputs is null ? page.Data(model) : null;
                    var digest = IncrementalBuild.PageDigest(made is null ? page.Inputs!(model) : IncrementalBuild.DataDigest(made), page.Template, page.Layout);
                    if (incremental.TryKeep(page.OutputPath, digest, (IKeepingOutputSink)output))
                    {
                        Interlocked.Increment(ref pagesKept);
                        return;
                    }
                    var data = made ?? page.Data(model);
                    garbage.PageRendered();
                    using var recorder = DependencyRecorder.Begin();
                    recorder.ReadReferencesOf(data);
                    DependencyRecorder.Touch(templates.Store.Dependency(page.Template));
                    DependencyRecorder.Touch(templates.Store.Dependency(page.Layout));
                    var local = new DiagnosticBag();
                    var html = RenderPage(page, data, local);
                    var found = local.Sorted();
                    diagnostics.AddRange(found);
                    if (html is null) return;
                    output.Write(page.OutputPath, html.Value.Span);
                    // A page that warned is rendered again next time, so its warnings are reported again.
                    if (!recorder.Untracked && found.Count == 0) incremental.Rendered(page.OutputPath, digest, recorder.Dependencies);
                });
            }
            written = pages.Count;
        });

        if (!diagnostics.HasErrors)
        {
            timer.Time("write", () =>
            {
                foreach (var (path, bytes) in assets.Files) output.Write(path, bytes);
                foreach (var (path, bytes) in staticFiles) output.Write(path, bytes);
                // An incremental build keeps each of them, as a page, while what they are made from is the same.
                var inputs = incremental is not null && model is not null ? SiteFeeds.InputsDigest(site, model) : (Hash128?)null;
                var kept = new HashSet<string>(StringComparer.Ordinal);
                if (inputs is { } digest)
                    foreach (var path in SiteFeeds.Paths)
                        if (incremental!.TryKeep(path, digest, (IKeepingOutputSink)output)) kept.Add(path);
                foreach (var (path, bytes) in SiteFeeds.Files(site, pages, path => !kept.Contains(path)))
                {
                    output.Write(path, bytes.Span);
                    if (inputs is { } made) incremental!.Rendered(path, made, []);
                }
                files = written + assets.Files.Count + staticFiles.Count + SiteFeeds.Paths.Count;
            });
        }

        var all = diagnostics.Sorted();
        if (options.Strict) all = all.Select(d => d with { Severity = Severity.Error }).ToList();
        return new BuildResult(all, written, files, draftsSkipped, timer.Phases, site) { PagesKept = pagesKept, ProfilesFromCache = options.ParseCache?.Hits ?? 0, ProfilesRead = profilesRead };
    }

    private static SiteConfig ApplyOptions(SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.BaseUrl is not null)
        {
            var normalized = BaseUrl.Normalize(options.BaseUrl);
            if (normalized is null) diagnostics.Add(Diagnostic.Error("--base-url", SourcePosition.Start, $"'{options.BaseUrl}' is not an absolute http or https URL", "for example: --base-url https://example.org/careers/"));
            else config = config with { BaseUrl = normalized };
        }
        return options.IncludeDrafts ? config with { IncludeDrafts = true } : config;
    }

    /// <summary>An exception in one file's work is a bug, reported as one with the file being processed, never a stack trace to the user.</summary>
    internal static T? Guard<T>(string file, DiagnosticBag diagnostics, Func<T?> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OutputFolderException)
        {
            diagnostics.Add(Diagnostic.Error(file, SourcePosition.Start,
                $"internal error while processing this file: {e.GetType().Name}: {e.Message}",
                "this is a bug in ProfileGen; please report it with this file"));
            return default;
        }
    }
}
