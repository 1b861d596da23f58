namespace ProfileGen.Content;

/// <summary>A profile after the Parse phase: typed front matter and rendered body, not yet placed in the site.</summary>
public sealed record ParsedProfile(string File, ProfileFrontMatter Meta, string Slug, RenderedMarkdown Body);
