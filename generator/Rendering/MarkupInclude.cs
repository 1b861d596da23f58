using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileGen.Rendering;

/// <summary>
/// <c>include</c> for HTML templates. Scriban's own returns the partial's output as a string, which
/// the escaping context would escape a second time; this one returns it as markup (a partial's text
/// was escaped when the partial wrote it).
/// </summary>
/// <remarks>
/// A page includes a dozen partials (a card per related career, each with its wage), and Scriban
/// renders each into a new string builder and then a string: half of a page's rendering time and
/// 700 MB at 10,000 profiles. So a plain include of a partial the context holds (every partial of
/// the site: <see cref="PageRenderer"/> parses them up front) is rendered here the way Scriban's
/// <c>TemplateContext.RenderTemplate</c> does it (recursion limit, a local scope, <c>$</c> the
/// arguments, the caller's indentation and line state) into a reused UTF-8 buffer. Named arguments
/// and a partial the loader must load go to Scriban's include.
/// </remarks>
public sealed class MarkupInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Plain(context, callerContext, arguments) is { } partial
            ? Render(context, callerContext!, partial, arguments)
            : Wrap(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await include.InvokeAsync(context, callerContext, arguments, blockStatement));

    private static object? Wrap(object? result) => result is string text ? new HtmlString(text) : result;

    /// <summary>The partial of an include this class renders itself, or null for Scriban's include.</summary>
    private static Template? Plain(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments)
    {
        if (callerContext is not ScriptFunctionCall call || arguments.Count == 0 || context.TemplateLoader is not { } loader) return null;
        foreach (var argument in call.Arguments)
            if (argument is ScriptNamedArgument) return null;
        var name = context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name)) return null;
        var path = loader.GetPath(context, callerContext.Span, name);
        return path is not null && context.CachedTemplates.TryGetValue(path, out var template) ? template : null;
    }

    private static HtmlString Render(TemplateContext context, ScriptNode callerContext, Template partial, ScriptArray arguments)
    {
        var outputs = _free ??= new Stack<Utf8PageOutput>();
        var output = outputs.Count > 0 ? outputs.Pop() : new Utf8PageOutput();
        output.Clear();
        context.EnterRecursive(callerContext);
        // The caller indents the partial's lines when it writes them (AutoIndent), from the line state it had before.
        var indent = context.CurrentIndent;
        var previousTextWasNewLine = HtmlTemplateContext.PreviousTextWasNewLine(context);
        context.CurrentIndent = null;
        context.PushOutput(output);
        context.PushLocal();
        try
        {
            if (indent is not null) context.ResetPreviousNewLine(); // as Scriban isolates a partial from its caller's line
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            partial.Render(context);
            return HtmlString.FromUtf8(output.TakeUtf8());
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            context.CurrentIndent = indent;
            HtmlTemplateContext.PreviousTextWasNewLine(context) = previousTextWasNewLine;
            context.ExitRecursive(callerContext);
            outputs.Push(output);
        }
    }

    // Outputs for partials, one per level of nesting, reused on each rendering thread.
    [ThreadStatic] private static Stack<Utf8PageOutput>? _free;

    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
