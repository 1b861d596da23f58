using System.Collections.Concurrent;
using ProfileGen.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace ProfileGen.Rendering;

/// <summary>
/// Parsed templates, each parsed once per build and shared by every page that uses it (a parsed
/// Scriban template is immutable and safe to render from many threads). Syntax errors are reported
/// with the template's file, line and column.
/// </summary>
public sealed class TemplateSet(TemplateStore store, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, Lazy<Template?>> _parsed = new(StringComparer.Ordinal);

    public TemplateStore Store => store;

    /// <summary>The parsed template at a path inside templates/, or null when it is missing or broken (already reported).</summary>
    public Template? Get(string path) => _parsed.GetOrAdd(path, p => new Lazy<Template?>(() => Parse(p))).Value;

    public bool Exists(string path) => store.Exists(path);

    private Template? Parse(string path)
    {
        var text = store.Text(path);
        if (text is null) return null;
        var display = store.DisplayPath(path);
        var template = Template.Parse(text, display, new ParserOptions { ExpressionDepthLimit = 250 }, new LexerOptions { Mode = ScriptMode.Default });
        if (!template.HasErrors) return template;
        // One mistake often yields several messages at the same place; the first says it best.
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error).DistinctBy(m => (m.Span.Start.Line, m.Span.Start.Column)))
        {
            diagnostics.Add(Diagnostic.Error(display, new SourcePosition(message.Span.Start.Line + 1, message.Span.Start.Column + 1),
                $"template syntax error: {message.Message}", "see the Scriban language reference: https://github.com/scriban/scriban/blob/master/doc/language.md"));
        }
        return null;
    }
}
