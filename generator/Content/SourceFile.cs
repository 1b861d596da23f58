namespace ProfileGen.Content;

/// <summary>A text input of the site: its path relative to the site folder (forward slashes) and its text.</summary>
public sealed record SourceFile(string Path, string Text);
