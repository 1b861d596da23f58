using System.Net;
using Scriban;
using Scriban.Parsing;

namespace ProfileGen.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes with <c>{{ … }}</c>, as
/// Razor and Jinja's autoescape do. Literal template text is written as is, and values wrapped in
/// <see cref="HtmlString"/> (the rendered body, <c>raw</c>) are trusted. Escaping is the default,
/// so a designer cannot forget it.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(Scriban.Runtime.ScriptObject builtins) : base(builtins)
    {
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null: return this;
            case HtmlString html: return Write(html.Value);
            default:
                var text = ObjectToString(textAsObject);
                return text is null ? this : Write(WebUtility.HtmlEncode(text));
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => new(Write(span, textAsObject));
}
