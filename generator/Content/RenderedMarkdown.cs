namespace ProfileGen.Content;

/// <summary>A Markdown body as HTML, with what the site needs to know about its text.</summary>
public sealed record RenderedMarkdown(string Html, string PlainText, string FirstParagraph, int WordCount)
{
    /// <summary>
    /// The items of the body's first bullet list under a "What They Do" or "Duties" heading, as plain
    /// text: the career's responsibilities for structured data. Empty when the body has no such list.
    /// </summary>
    public IReadOnlyList<string> Duties { get; init; } = [];

    /// <summary>The body's links and images as written, with their positions in the file, for <c>profilegen check</c>.</summary>
    public IReadOnlyList<BodyLink> Links { get; init; } = [];
}
