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
        var body = markdown.Render(file.Path, split.Body, split.BodyFirstLine, diagnostics, plain);
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
