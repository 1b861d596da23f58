using ProfileGen.Content;
using ProfileGen.Data;
using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>
/// What <c>profilegen check</c> reports about figures beyond a build's own diagnostics: table rows
/// no profile uses, and figures older than <c>figures_max_age</c>. Warnings only. Pure over the
/// loaded source and the site a build produced.
/// </summary>
public static class FigureChecks
{
    public static IReadOnlyList<Diagnostic> Find(SiteSource source, Model.Site site)
    {
        // The tables' own problems were reported by the build; reading them again must not repeat them.
        var quiet = new DiagnosticBag();
        var tables = FigureTables.Load(site.Config, DataSet.Parse(source.DataFiles, quiet), quiet);
        var pages = site.Profiles.Select(p => (p.SourcePath, p.Title, p.Meta.FigureSources)).ToList();
        return UnusedFigureRows.Find(tables, site.Profiles.Select(p => p.Meta.SocCode))
            .Concat(StaleFigures.Find(tables, pages, site.Config.FiguresMaxAge))
            .ToList();
    }
}
