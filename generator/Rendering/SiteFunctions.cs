using ProfileGen.Model;
using Scriban.Runtime;

namespace ProfileGen.Rendering;

/// <summary>
/// The functions every template can call, besides Scriban's built-ins. Documented in the README's
/// template-designer section.
/// </summary>
public static class SiteFunctions
{
    public static ScriptObject Create(UrlBuilder urls, Formatter format, AssetManifest assets)
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
        functions.Import("json", new Func<object?, HtmlString>(JsonForHtml.Serialize));
        return functions;
    }
}
