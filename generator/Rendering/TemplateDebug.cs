using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;
using Scriban.Runtime;

namespace ProfileGen.Rendering;

/// <summary>
/// The <c>debug</c> template function: <c>{{ page | debug }}</c> shows a designer what a value
/// holds, as an escaped &lt;pre&gt;: each key with its scalar value, nested objects one level deep
/// (their own nested values only summarised), long lists cut short. It never follows a value
/// further than that, so the cycles of the site model (careers point at related careers that point
/// back) cannot make it loop.
/// </summary>
public static class TemplateDebug
{
    private const int MaxItems = 10;
    private const int MaxText = 120;

    public static HtmlString Dump(object? value)
    {
        var text = new StringBuilder();
        switch (value)
        {
            case ScriptObject or IDictionary:
                var entries = Entries(value).ToList();
                text.Append(CultureInfo.InvariantCulture, $"object with {entries.Count} keys\n");
                foreach (var (key, item) in entries) text.Append(CultureInfo.InvariantCulture, $"{key}: {Nested(item)}\n");
                break;
            case IEnumerable list when value is not string and not HtmlString:
                var items = list.Cast<object?>().ToList();
                text.Append(CultureInfo.InvariantCulture, $"list of {items.Count}\n");
                foreach (var item in items.Take(MaxItems)) text.Append("- ").Append(Nested(item)).Append('\n');
                if (items.Count > MaxItems) text.Append(CultureInfo.InvariantCulture, $"… and {items.Count - MaxItems} more\n");
                break;
            default:
                text.Append(Scalar(value)).Append('\n');
                break;
        }
        return new HtmlString("<pre class=\"debug\">" + WebUtility.HtmlEncode(text.ToString()) + "</pre>");
    }

    /// <summary>A value one level down: scalars in full, objects as their scalar fields, lists by size.</summary>
    private static string Nested(object? value) => value switch
    {
        ScriptObject or IDictionary => "{ " + string.Join(", ", Entries(value).Select(e => $"{e.Key}: {Summary(e.Value)}")) + " }",
        IEnumerable list when value is not string and not HtmlString => ListSummary(list),
        _ => Scalar(value),
    };

    /// <summary>A value two levels down: only scalars are shown; anything deeper is named, not followed.</summary>
    private static string Summary(object? value) => value switch
    {
        ScriptObject or IDictionary => "{…}",
        IEnumerable list when value is not string and not HtmlString => $"[{list.Cast<object?>().Count()} items]",
        _ => Scalar(value),
    };

    private static string ListSummary(IEnumerable list)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0) return "[]";
        if (items.All(i => i is not (ScriptObject or IDictionary) && (i is string || i is not IEnumerable)))
            return "[" + string.Join(", ", items.Take(MaxItems).Select(Scalar)) + (items.Count > MaxItems ? $", … {items.Count - MaxItems} more" : "") + "]";
        return $"[{items.Count} items]";
    }

    private static IEnumerable<(string Key, object? Value)> Entries(object? value) => value switch
    {
        ScriptObject obj => obj.Select(kv => (kv.Key, (object?)kv.Value)).OrderBy(e => e.Key, StringComparer.Ordinal),
        IDictionary dict => dict.Keys.Cast<object>().Select(k => (Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", dict[k])).OrderBy(e => e.Item1, StringComparer.Ordinal),
        _ => [],
    };

    private static string Scalar(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        HtmlString html => "markup " + Quote(html.Value),
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IScriptCustomFunction => "function",
        _ => value.GetType().Name,
    };

    private static string Quote(string text)
    {
        var shown = text.Length > MaxText ? text[..MaxText] + "…" : text;
        return "\"" + shown.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
    }
}
