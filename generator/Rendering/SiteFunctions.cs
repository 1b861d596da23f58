using ProfileGen.Model;
using ProfileGen.Rendering.Charts;
using Scriban.Runtime;

namespace ProfileGen.Rendering;

/// <summary>
/// The functions every template can call, besides Scriban's built-ins. Documented in the README's
/// template-designer section.
/// </summary>
public static class SiteFunctions
{
    /// <param name="site">The templates' <c>site</c> object, whose median wage and average growth the charts compare against; without it, charts compare only what they are given.</param>
    public static ScriptObject Create(UrlBuilder urls, Formatter format, AssetManifest assets, ScriptObject? site = null)
    {
        var functions = new ScriptObject();
        functions.Import("url", new Func<object?, string>(path => urls.Url(path?.ToString() ?? "/")));
        functions.Import("absurl", new Func<object?, string>(path => urls.Absolute(path?.ToString() ?? "/")));
        functions.Import("asset", new Func<string, string>(name => urls.Url(assets.PathOf(name))));
        functions.Import("format_number", new Func<object?, string>(format.Number));
        functions.Import("format_money", new Func<object?, string>(format.Money));
        functions.Import("format_percent", new Func<object?, string>(format.Percent));
        functions.Import("format_date", new Func<object?, string>(format.Date));
        functions.Import("iso_date", new Func<object?, string>(Formatter.IsoDate));
        functions.Import("raw", new Func<object?, HtmlString>(value => value as HtmlString ?? new HtmlString(value?.ToString() ?? "")));
        functions.Import("json", new Func<object?, HtmlString>(value =>
        {
            // Serializing an object walks its members without naming them: the page is rendered on every build.
            if (value is ScriptObject or System.Collections.IList) Incremental.DependencyRecorder.MarkUntracked();
            return JsonForHtml.Serialize(value);
        }));
        functions.Import("debug", new Func<object?, HtmlString>(value =>
        {
            Incremental.DependencyRecorder.MarkUntracked();
            return TemplateDebug.Dump(value);
        }));
        var charts = new CareerCharts(format, site);
        functions.Import("wage_chart", new Func<object?, HtmlString?>(charts.Wage));
        functions.Import("growth_chart", new Func<object?, HtmlString?>(charts.Growth));
        functions.Import("wages_chart", new Func<object?, object?, HtmlString?>(charts.Wages));
        functions.Import("employment_chart", new Func<object?, HtmlString?>(charts.Employment));
        return functions;
    }
}
