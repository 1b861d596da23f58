using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Output;
using ProfileGen.Rendering;

namespace ProfileGen.Check;

/// <summary>
/// <c>profilegen check</c>'s work: a whole build into memory (so everything <c>build</c> validates),
/// thrown away afterwards, plus what only a finished site can tell: links that lead nowhere and
/// careers that share a title.
/// </summary>
public static class SiteChecker
{
    public static CheckResult Check(SiteSource source, BuildOptions options)
    {
        var output = new MemoryOutput();
        var result = SiteGenerator.Build(source, options with { Strict = false }, output);
        var diagnostics = new List<Diagnostic>(result.Diagnostics);
        var pages = 0;
        if (result.Site is { } site)
        {
            diagnostics.AddRange(DuplicateTitles.Find(site));
            diagnostics.AddRange(Figures.FigureChecks.Find(source, site)); // figure-table rows no profile uses, figures older than figures_max_age
            var plan = SitePlan.Pages(site);
            pages = plan.Count;
            // Pages missing after a failed render are not checked; their errors are already reported.
            diagnostics.AddRange(LinkChecker.Check(site, output.Files, plan, new TemplateStore(source.Templates)));
        }
        var sorted = diagnostics.Distinct()
            .Select(d => options.Strict ? d with { Severity = Severity.Error } : d)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(sorted, result.Site?.Profiles.Count ?? 0, pages);
    }
}
