namespace ProfileGen.Content;

/// <summary>A link or image in a profile's Markdown body as the author wrote it, with its 1-based line and column in the file (for <c>check</c>).</summary>
public sealed record BodyLink(string Url, int Line, int Column, bool IsImage);
