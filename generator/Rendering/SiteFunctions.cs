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
        Add(functions, "url", new Func<object?, string>(path => urls.Url(path?.ToString() ?? "/")));
        Add(functions, "absurl", new Func<object?, string>(path => urls.Absolute(path?.ToString() ?? "/")));
        Add(functions, "asset", new Func<string, string>(name => urls.Url(assets.PathOf(name))));
        Add(functions, "format_number", new Func<object?, string>(format.Number));
        Add(functions, "format_money", new Func<object?, string>(format.Money));
        Add(functions, "format_percent", new Func<object?, string>(format.Percent));
        Add(functions, "format_date", new Func<object?, string>(format.Date));
        Add(functions, "iso_date", new Func<object?, string>(Formatter.IsoDate));
        Add(functions, "raw", new Func<object?, HtmlString>(value => value as HtmlString ?? new HtmlString(value?.ToString() ?? "")));
        Add(functions, "json", new Func<object?, HtmlString>(Json));
        Add(functions, "debug", new Func<object?, HtmlString>(value =>
        {
            Incremental.DependencyRecorder.MarkUntracked();
            return TemplateDebug.Dump(value);
        }));
        var charts = new CareerCharts(format, site);
        Add(functions, "wage_chart", new Func<object?, HtmlString?>(charts.Wage));
        Add(functions, "growth_chart", new Func<object?, HtmlString?>(charts.Growth));
        Add(functions, "wages_chart", new Func<object?, object?, HtmlString?>(charts.Wages));
        Add(functions, "employment_chart", new Func<object?, HtmlString?>(charts.Employment));
        return functions;
    }

    /// <summary>The <c>json</c> function, and Scriban's <c>object.to_json</c> as this site has it (<see cref="PageRenderer"/>).</summary>
    public static HtmlString Json(object? value)
    {
        // Serializing an object walks its members without naming them: the page is rendered on every build.
        if (value is ScriptObject or System.Collections.IList) Incremental.DependencyRecorder.MarkUntracked();
        return JsonForHtml.Serialize(value);
    }

    private static void Add<T, TResult>(ScriptObject functions, string name, Func<T, TResult> function) =>
        functions.SetValue(name, TypedFunction.Of(function), readOnly: true);

    private static void Add<T1, T2, TResult>(ScriptObject functions, string name, Func<T1, T2, TResult> function) =>
        functions.SetValue(name, TypedFunction.Of(function), readOnly: true);
}
