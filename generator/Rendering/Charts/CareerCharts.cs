using System.Collections;
using Scriban.Runtime;

namespace ProfileGen.Rendering.Charts;

/// <summary>
/// The site's charts, made from the objects templates hold (a career, a list of careers, the
/// categories) and drawn by <see cref="BarChart"/>. Each returns null when there is nothing to
/// compare, so a template writes <c>{{ if chart }}</c> around its figure. Values are formatted by
/// the same <see cref="Formatter"/> as the rest of the page, so chart and table read alike.
/// Wage charts compare annual wages only: an hourly wage on the same axis would mislead.
/// </summary>
/// <param name="site">The templates' <c>site</c> object: read through it, a chart's comparison with all careers counts as the page reading those figures.</param>
public sealed class CareerCharts(Formatter format, ScriptObject? site)
{
    /// <summary>A career's median annual wage against its category's median and all careers' median.</summary>
    public HtmlString? Wage(object? career)
    {
        if (career is not ScriptObject page || !IsAnnual(page) || Number(page, "median_wage") is not { } wage) return null;
        var title = Text(page, "title");
        var bars = new List<Bar> { new(title, wage, format.Money(wage), Emphasis: true) };
        if (page["category"] is ScriptObject category && Number(category, "median_wage") is { } categoryMedian)
            bars.Add(new($"{Text(category, "name")} (median)", categoryMedian, format.Money(categoryMedian)));
        if (site is not null && Number(site, "median_wage") is { } all) bars.Add(new("All careers (median)", all, format.Money(all)));
        if (bars.Count < 2) return null;
        return Draw("wage-chart", $"Median annual wage of {title} compared with its category and all careers", bars);
    }

    /// <summary>A career's projected growth against the average of all careers.</summary>
    public HtmlString? Growth(object? career)
    {
        if (career is not ScriptObject page || Number(page, "growth_rate") is not { } growth || site is null || Number(site, "average_growth") is not { } average) return null;
        var title = Text(page, "title");
        var period = Text(page, "growth_period");
        Bar[] bars = [new(title, growth, format.Percent(growth), Emphasis: true), new("All careers (average)", average, format.Percent(average))];
        var heading = period.Length > 0 ? $"Projected employment growth {period}" : "Projected employment growth";
        return Draw("growth-chart", $"{heading} of {title} compared with the average of all careers", bars);
    }

    /// <summary>The median annual wages of a list of careers (a category page), highest first.</summary>
    public HtmlString? Wages(object? careers, object? title)
    {
        var all = Objects(careers).ToList();
        var bars = all.Where(IsAnnual)
            .Select(p => (Page: p, Wage: Number(p, "median_wage")))
            .Where(x => x.Wage is not null)
            .OrderByDescending(x => x.Wage)
            .Select(x => new Bar(Text(x.Page, "title"), x.Wage!.Value, format.Money(x.Wage.Value)))
            .ToList();
        if (bars.Count == 0) return null;
        var left = all.Count - bars.Count;
        var note = left == 0 ? null : $"{left} {(left == 1 ? "career has" : "careers have")} no annual wage and {(left == 1 ? "is" : "are")} not shown.";
        return Draw("wages-chart", title?.ToString() is { Length: > 0 } t ? t : "Median annual wage by career", bars, note);
    }

    /// <summary>Total employment of each category, largest first.</summary>
    public HtmlString? Employment(object? categories)
    {
        var bars = Objects(categories)
            .Select(c => (Name: Text(c, "name"), Jobs: Number(c, "total_employment") ?? 0))
            .Where(x => x.Jobs > 0)
            .OrderByDescending(x => x.Jobs)
            .Select(x => new Bar(x.Name, x.Jobs, format.Number(x.Jobs)))
            .ToList();
        return bars.Count == 0 ? null : Draw("employment-chart", "Employment by category", bars);
    }

    private static HtmlString Draw(string id, string title, IReadOnlyList<Bar> bars, string? note = null) =>
        new(BarChart.Render(id, title, BarChart.Describe(bars, note), bars));

    private static bool IsAnnual(ScriptObject career) => Text(career, "wage_unit") is "" or "year";

    private static IEnumerable<ScriptObject> Objects(object? list) =>
        list is IEnumerable items and not string ? items.OfType<ScriptObject>() : [];

    // Through the indexer, so reading a career's figures counts as the page reading them.
    private static decimal? Number(ScriptObject obj, string key) => obj[key] is { } value ? Formatter.ToDecimal(value) : null;

    private static string Text(ScriptObject obj, string key) => obj[key]?.ToString() ?? "";
}
