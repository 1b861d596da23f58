namespace ProfileGen.Content;

/// <summary>A Markdown body as HTML, with what the site needs to know about its text.</summary>
public sealed record RenderedMarkdown(string Html, string PlainText, string FirstParagraph, int WordCount);
