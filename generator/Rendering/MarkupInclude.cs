using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileGen.Rendering;

/// <summary>
/// Scriban's <c>include</c> returns the partial's output as a string, which the escaping context
/// would escape a second time. This wrapper marks that output as markup: a partial's text was
/// escaped when the partial wrote it.
/// </summary>
public sealed class MarkupInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await include.InvokeAsync(context, callerContext, arguments, blockStatement));

    private static object? Wrap(object? result) => result is string text ? new HtmlString(text) : result;

    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
