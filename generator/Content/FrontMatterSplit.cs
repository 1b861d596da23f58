namespace ProfileGen.Content;

/// <summary>
/// A profile's text cut in two: the YAML between the '---' fences and the Markdown after them.
/// <see cref="YamlFirstLine"/> and <see cref="BodyFirstLine"/> are 1-based lines in the file, so
/// positions reported inside either part point at the right line of the file.
/// </summary>
public sealed record FrontMatterSplit(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
