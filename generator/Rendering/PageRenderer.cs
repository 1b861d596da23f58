using ProfileGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileGen.Rendering;

/// <summary>
/// Renders one page: its page template, then the layout around it (<c>content</c> holds the page's
/// HTML). Runtime errors become diagnostics naming the template's file, line and column.
/// </summary>
public sealed class PageRenderer
{
    private readonly TemplateSet _templates;
    private readonly ScriptObject _builtins;
    private readonly ScriptObject _functions;
    private readonly PartialLoader _loader;
    private readonly KeyValuePair<string, Template>[] _partials;
    private readonly int _loopLimit;
    private readonly System.Collections.Concurrent.ConcurrentBag<HtmlTemplateContext> _contexts = [];

    public PageRenderer(TemplateSet templates, ScriptObject functions, int loopLimit)
    {
        _templates = templates;
        _functions = functions;
        _loopLimit = loopLimit;
        _builtins = TemplateContext.GetDefaultBuiltinObject();
        var include = (IScriptCustomFunction)_builtins["include"]!;
        _builtins.Remove("include");
        _builtins.SetValue("include", new MarkupInclude(include), readOnly: true);
        // Scriban's object.to_json follows every member: on a career that is the whole site, in circles
        // (related careers point back), and it stopped with a "possible object cycle" error. Ours cuts
        // the site's objects at their own facts; its text is escaped where it is written, as Scriban's is.
        if (_builtins["object"] is ScriptObject objects)
        {
            objects.Remove("to_json");
            objects.SetValue("to_json", TypedFunction.Of(new Func<object?, string>(value => SiteFunctions.Json(value).Value)), readOnly: true);
        }
        _loader = new PartialLoader(templates.Store);
        _partials = PartialPaths(templates.Store)
            .Select(path => (path, template: templates.Get(path)))
            .Where(x => x.template is not null)
            .Select(x => new KeyValuePair<string, Template>(x.path, x.template!))
            .ToArray();
    }

    private static IEnumerable<string> PartialPaths(TemplateStore store) =>
        TemplateStore.AllEmbedded().Select(kv => kv.Key).Concat(store.OverriddenPaths)
            .Where(p => p.StartsWith("partials/", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal);

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext(_builtins)
        {
            TemplateLoader = _loader,
            LoopLimit = _loopLimit,
            RecursiveLimit = 64,
            LimitToString = 50_000_000,
            NewLine = "\n",
            EnableRelaxedTargetAccess = true,
        };
        foreach (var (path, partial) in _partials) context.CachedTemplates[path] = partial;
        context.PushGlobal(_functions);
        return context;
    }

    /// <summary>Renders a page, or returns null after reporting why it could not be rendered.</summary>
    public byte[]? Render(string templatePath, string layoutPath, ScriptObject site, ScriptObject page, DiagnosticBag diagnostics) =>
        RenderShared(templatePath, layoutPath, site, page, diagnostics)?.ToArray();

    /// <summary>
    /// Renders a page into this thread's buffer, for a caller that writes it at once: the bytes are
    /// valid until the thread renders its next page (a copy per page was 230 MB at 10,000 profiles).
    /// Null after reporting why the page could not be rendered.
    /// </summary>
    public ReadOnlyMemory<byte>? RenderShared(string templatePath, string layoutPath, ScriptObject site, ScriptObject page, DiagnosticBag diagnostics)
    {
        var template = _templates.Get(templatePath);
        if (template is null)
        {
            if (!_templates.Exists(templatePath))
                diagnostics.Add(Diagnostic.Error(_templates.Store.DisplayPath(templatePath), SourcePosition.Start, $"the template {templatePath} does not exist",
                    $"add templates/{templatePath}, or remove the setting that asks for it"));
            return null;
        }
        var body = _body ??= new Utf8PageOutput();
        body.Clear(); // a page that failed half-way may have left text behind
        if (!Run(template, site, page, null, diagnostics, body)) return null;

        var layout = _templates.Get(layoutPath);
        if (layout is null)
        {
            if (!_templates.Exists(layoutPath))
                diagnostics.Add(Diagnostic.Error(_templates.Store.DisplayPath(templatePath), SourcePosition.Start, $"the layout {layoutPath} does not exist",
                    $"add templates/{layoutPath}, or use the default layout"));
            return null;
        }
        var output = _page ??= new Utf8PageOutput();
        output.Clear(); // a page that failed half-way may have left text behind
        return Run(layout, site, page, HtmlString.Borrowing(body.Written), diagnostics, output) ? (ReadOnlyMemory<byte>?)output.Written : null;
    }

    // The page template's output and the finished page, as UTF-8 without becoming strings; one pair of buffers per rendering thread.
    [ThreadStatic] private static Utf8PageOutput? _body, _page;

    /// <summary>Renders <paramref name="template"/> into <paramref name="into"/>; false after reporting an error.</summary>
    private bool Run(Template template, ScriptObject site, ScriptObject page, HtmlString? content, DiagnosticBag diagnostics, Utf8PageOutput into)
    {
        // Contexts are pooled: building one costs more than rendering a small page.
        var context = _contexts.TryTake(out var pooled) ? pooled : NewContext();
        var globals = new ScriptObject { ["site"] = site, ["page"] = page };
        if (content is not null) globals["content"] = content;
        context.PushGlobal(globals);
        context.PushOutput(into);
        try
        {
            template.Render(context);
            context.PopOutput();
            context.PopGlobal();
            _contexts.Add(context);
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            var span = e.Span;
            var file = string.IsNullOrEmpty(span.FileName) ? template.SourceFilePath ?? "template" : span.FileName;
            var message = e.OriginalMessage;
            var hint = message.Contains("iteration limit", StringComparison.OrdinalIgnoreCase)
                ? "a loop ran too long; check the loop's condition"
                : null;
            diagnostics.Add(Diagnostic.Error(file, new SourcePosition(span.Start.Line + 1, span.Start.Column + 1), $"template error: {message}", hint));
            return false;
        }
    }
}
