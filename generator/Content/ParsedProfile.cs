namespace ProfileGen.Content;

/// <summary>
/// A profile after the Parse phase: typed front matter, rendered body and the terms of its text
/// (for related careers), not yet placed in the site.
/// </summary>
public sealed record ParsedProfile(string File, ProfileFrontMatter Meta, string Slug, RenderedMarkdown Body, Model.Related.CareerTerms Terms)
{
    /// <summary>
    /// The digest the parse cache keeps this parse under (binary, Markdown settings, path, text), when
    /// it went through the cache; zero otherwise. Everything parsed here is a function of it.
    /// </summary>
    public Incremental.Hash128 SourceKey { get; init; }

    /// <summary>The summary pages show: the front matter's, else the body's first paragraph.</summary>
    public string Summary => SummaryOf(Meta, Body);

    public static string SummaryOf(ProfileFrontMatter meta, RenderedMarkdown body) =>
        string.IsNullOrWhiteSpace(meta.Summary) ? body.FirstParagraph : meta.Summary.Trim();
}
