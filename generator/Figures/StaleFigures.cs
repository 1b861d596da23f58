using System.Globalization;
using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>
/// Figures older than <c>figures_max_age</c> years before the newest year among the site's figures
/// (every table row and every page). Measured against the data, never the clock, so the same
/// input gives the same findings on any day.
/// </summary>
public static class StaleFigures
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["employment"] = "employment figure",
        ["median_wage"] = "median wage",
        ["growth_rate"] = "growth projection",
        ["education"] = "education",
    };

    public static IReadOnlyList<Diagnostic> Find(IReadOnlyList<FigureTable> tables, IReadOnlyList<(string File, string Title, IReadOnlyDictionary<string, FigureSource> Sources)> pages, int maxAge)
    {
        var years = tables.SelectMany(t => t.Rows).SelectMany(r => new[] { r.EmploymentYear, r.WageYear, FigureYear.FromPeriod(r.GrowthPeriod) })
            .Concat(pages.SelectMany(p => p.Sources.Values.Select(s => s.Year)))
            .OfType<int>()
            .ToList();
        if (years.Count == 0) return [];
        var newest = years.Max();

        var findings = new List<Diagnostic>();
        foreach (var (file, title, sources) in pages)
        {
            foreach (var figure in FigureSource.Figures)
            {
                if (!sources.TryGetValue(figure, out var source) || source.Year is not { } year || newest - year <= maxAge) continue;
                var where = source.Source == FigureSource.FrontMatter ? "" : $" for {file}";
                findings.Add(Diagnostic.Warning(source.File, source.At,
                    $"the {Names[figure]} of '{title}'{where} is from {year.ToString(CultureInfo.InvariantCulture)}, {newest - year} years before the newest figures ({newest.ToString(CultureInfo.InvariantCulture)})",
                    $"refresh it, or raise figures_max_age in profilegen.yml (now {maxAge.ToString(CultureInfo.InvariantCulture)})"));
            }
        }
        return findings;
    }
}
