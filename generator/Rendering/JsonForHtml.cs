using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban.Runtime;

namespace ProfileGen.Rendering;

/// <summary>
/// Serialises template values to JSON with System.Text.Json, escaping '&lt;', '&gt;' and '&amp;' so
/// the result is safe inside a &lt;script&gt; element (JSON-LD). Never built by string concatenation.
/// Site objects inside the value are cut at their own facts, so the model's cycles end.
/// </summary>
public static class JsonForHtml
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static HtmlString Serialize(object? value) => new(ToNode(value, 0)?.ToJsonString(Options) ?? "null");

    private static JsonNode? ToNode(object? value, int depth)
    {
        if (depth > 32) return null;
        return value switch
        {
            null => null,
            JsonNode node => node.DeepClone(),
            HtmlString html => JsonValue.Create(html.Value),
            string s => JsonValue.Create(s),
            bool b => JsonValue.Create(b),
            int i => JsonValue.Create(i),
            long l => JsonValue.Create(l),
            decimal d => JsonValue.Create(d),
            double f => double.IsFinite(f) ? JsonValue.Create(f) : null,
            DateTime dt => JsonValue.Create(dt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            // Careers point at related careers that point back: inside the value, a career, category or
            // tag is its own facts (title, url, figures), never followed further. Followed, `page | json`
            // on a career grew without end (five related careers each, 32 levels down).
            Incremental.DependencyObject site when depth > 0 => ToObject(site.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value)).Where(kv => IsScalar(kv.Value)), depth),
            ScriptObject obj => ToObject(obj.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value)), depth),
            IDictionary<string, object?> dict => ToObject(dict, depth),
            IEnumerable list => new JsonArray(list.Cast<object?>().Select(x => ToNode(x, depth + 1)).ToArray()),
            _ => JsonValue.Create(value.ToString()),
        };
    }

    private static bool IsScalar(object? value) => value is null or string or bool or int or long or decimal or double or DateTime;

    private static JsonObject ToObject(IEnumerable<KeyValuePair<string, object?>> pairs, int depth)
    {
        var result = new JsonObject();
        foreach (var (key, item) in pairs) result[key] = ToNode(item, depth + 1);
        return result;
    }
}
