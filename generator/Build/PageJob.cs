using ProfileGen.Rendering;
using Scriban.Runtime;

namespace ProfileGen.Build;

/// <summary>One page to render: where it goes, which template and layout, and the <c>page</c> object it receives.</summary>
public sealed record PageJob(string OutputPath, string Template, string Layout, string? SourceFile, Func<TemplateModel, ScriptObject> Data);
