using ProfileGen.Diagnostics;

namespace ProfileGen.Content;

/// <summary>Parse(path, text): front matter and body of one profile. Pure; problems go to the bag.</summary>
public sealed class ProfileParser(MarkdownRenderer markdown)
{
    public ParsedProfile? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var split = FrontMatterSplitter.Split(file, diagnostics);
        if (split is null) return null;
        var local = new DiagnosticBag();
        var meta = FrontMatterParser.Parse(file.Path, split, local);
        diagnostics.AddRange(local.Sorted());
        if (meta is null || local.HasErrors) return null;

        var slug = meta.Slug ?? SlugFromPath(file.Path);
        var plain = _plainText ??= new System.Buffers.ArrayBufferWriter<char>(64 * 1024);
        plain.ResetWrittenCount();
        RenderedMarkdown body;
        try
        {
            body = markdown.Render(file.Path, split.Body, split.BodyFirstLine, diagnostics, plain);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            // Markdig's own guard against input that would exhaust the stack: a content problem, not a bug of ours.
            diagnostics.Add(Diagnostic.Error(file.Path, new SourcePosition(split.BodyFirstLine, 1),
                "the body nests Markdown too deeply (quotes, lists, emphasis or links inside each other hundreds of levels deep)",
                "flatten the nesting: Markdown that deep is almost always made by mistake or by a program"));
            return null;
        }
        var terms = Model.Related.CareerTerms.Of(meta.Title ?? "", meta.CommonNames, ParsedProfile.SummaryOf(meta, body), plain.WrittenSpan);
        return new ParsedProfile(file.Path, meta, slug, body, terms);
    }

    /// <summary>One buffer per thread for a body's plain text, which only the term count reads.</summary>
    [ThreadStatic] private static System.Buffers.ArrayBufferWriter<char>? _plainText;

    /// <summary>"profiles/Librarians.md" → "librarians"; the file name is the slug unless front matter sets one.</summary>
    public static string SlugFromPath(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
        return Model.Slug.IsValid(name) ? name : Model.Slug.From(name);
    }
}
