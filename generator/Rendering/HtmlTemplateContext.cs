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
                if (text is null) return this;
                if (Output is Utf8PageOutput output && string.IsNullOrEmpty(CurrentIndent))
                {
                    // Escaped straight into the page's bytes, without an escaped copy of the text.
                    output.WriteHtmlEncoded(text);
                    if (text.Length > 0) PreviousTextWasNewLine(this) = text[^1] == '\n';
                    return this;
                }
                return Write(WebUtility.HtmlEncode(text));
        }
    }

    /// <summary>Writes markup as bytes, keeping Scriban's record of whether the output ends a line as its own write would.</summary>
    private void WriteMarkup(Utf8PageOutput output, ReadOnlySpan<byte> utf8)
    {
        output.WriteUtf8(utf8);
        if (!utf8.IsEmpty) PreviousTextWasNewLine(this) = utf8[^1] == (byte)'\n';
    }

    /// <summary>
    /// Whether the output ends a line, which decides whether Scriban indents the next write of an
    /// indented statement (AutoIndent). Scriban keeps it private and sets it on each write; a write
    /// that bypasses Scriban's sets it the same way. Scriban is pinned (Directory.Packages.props), and
    /// tests render indented text and includes both through Scriban and through these writes.
    /// </summary>
    [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    internal static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    /// <summary>
    /// A career, category or tag written as text (<c>{{ page }}</c>) is its JSON, as <c>json</c> writes it:
    /// Scriban's own text follows every member, and site objects point at each other in circles.
    /// </summary>
    public override string? ObjectToString(object? value, bool nested = false) =>
        value is Incremental.DependencyObject ? SiteFunctions.Json(value).Value : base.ObjectToString(value, nested);

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => new(Write(span, textAsObject));
}
