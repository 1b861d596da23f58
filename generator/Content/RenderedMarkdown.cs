namespace ProfileGen.Content;

/// <summary>
/// A Markdown body as HTML, with what the site needs to know about its text. The HTML is kept as
/// UTF-8 from the moment it is rendered: every body stays in memory until its page is written, and
/// as .NET strings ten thousand of them are twice the size (and twice the work for the GC). A body
/// read from the parse cache is a slice of the cache's bytes, not a copy.
/// </summary>
public sealed record RenderedMarkdown(ReadOnlyMemory<byte> HtmlUtf8, string FirstParagraph, int WordCount)
{
    public string Html => System.Text.Encoding.UTF8.GetString(HtmlUtf8.Span);

    /// <summary>
    /// The items of the body's first bullet list under a "What They Do" or "Duties" heading, as plain
    /// text: the career's responsibilities for structured data. Empty when the body has no such list.
    /// </summary>
    public IReadOnlyList<string> Duties { get; init; } = [];

    /// <summary>The body's links and images as written, with their positions in the file, for <c>profilegen check</c>.</summary>
    public IReadOnlyList<BodyLink> Links { get; init; } = [];
}
