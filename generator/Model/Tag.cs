namespace ProfileGen.Model;

/// <summary>A tag and the careers that carry it, in title order.</summary>
public sealed class Tag(string name, string slug)
{
    public string Name { get; } = name;
    public string Slug { get; } = slug;
    public string Path => $"/tags/{Slug}/";
    public IReadOnlyList<Profile> Profiles { get; internal set; } = [];
}
