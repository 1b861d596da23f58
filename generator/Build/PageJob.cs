using ProfileGen.Rendering;
using Scriban.Runtime;

namespace ProfileGen.Build;

/// <summary>One page to render: where it goes, which template and layout, and the <c>page</c> object it receives.</summary>
/// <param name="Inputs">
/// A digest of everything <paramref name="Data"/> makes the page from, for pages where that is much
/// cheaper than making it (a list page: its list's career ids, its number, its title): an incremental
/// build decides from it whether the page may be kept. Null: the digest of the page object itself.
/// </param>
public sealed record PageJob(string OutputPath, string Template, string Layout, string? SourceFile, Func<TemplateModel, ScriptObject> Data,
    Func<TemplateModel, Incremental.Hash128>? Inputs = null);
