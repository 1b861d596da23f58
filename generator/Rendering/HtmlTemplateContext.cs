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
            // Markup kept as UTF-8 goes to a UTF-8 output as bytes, unless an indented include must indent its lines.
            case HtmlString { IsUtf8: true } html when Output is Utf8PageOutput utf8 && string.IsNullOrEmpty(CurrentIndent):
                WriteMarkup(utf8, html.Utf8);
                return this;
            case HtmlString html: return Write(html.Value);
            default:
                var text = ObjectToString(textAsObject);
                return text is null ? this : Write(WebUtility.HtmlEncode(text));
        }
    }

    /// <summary>
    /// Writes markup as bytes, leaving Scriban's record of whether the output ends a line as its own
    /// write would (an indented include later indents its first line only after a new line): a final
    /// new line goes through Scriban, anything else resets the record.
    /// </summary>
    private void WriteMarkup(Utf8PageOutput output, ReadOnlySpan<byte> utf8)
    {
        if (!utf8.IsEmpty && utf8[^1] == (byte)'\n')
        {
            output.WriteUtf8(utf8[..^1]);
            Write("\n");
            return;
        }
        output.WriteUtf8(utf8);
        if (!utf8.IsEmpty) ResetPreviousNewLine();
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => new(Write(span, textAsObject));
}
