namespace ProfileGen.Content;

/// <summary>A cited source: "Bureau of Labor Statistics, Occupational Outlook Handbook" and its URL.</summary>
public sealed record SourceLink(string Name, string? Url);
