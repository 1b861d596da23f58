using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileGen.Rendering;

/// <summary>
/// Resolves <c>include "name.html"</c> to <c>templates/partials/name.html</c>. A name that tries to
/// leave the partials folder (<c>..</c>, absolute paths, backslashes) is an error naming the template.
/// </summary>
public sealed class PartialLoader(TemplateStore store) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Trim();
        if (name.StartsWith("partials/", StringComparison.Ordinal)) name = name["partials/".Length..];
        if (name.Length == 0 || name.Contains("..", StringComparison.Ordinal) || name.Contains('\\') || name.StartsWith('/')
            || name.Contains(':') || name.Any(char.IsControl))
            throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\" is not allowed: partials are named by their path inside templates/partials/");
        var path = "partials/" + name;
        Incremental.DependencyRecorder.Touch(store.Dependency(path));
        if (!store.Exists(path))
            throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\": there is no templates/{path}");
        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => store.Text(templatePath)!;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new((string?)Load(context, callerSpan, templatePath));
}
