namespace ProfileGen.Model;

/// <summary>An occupational group and the careers in it, in prev/next order.</summary>
public sealed class Category(string name, string slug)
{
    public string Name { get; } = name;
    public string Slug { get; } = slug;
    public string Path => $"/categories/{Slug}/";
    public IReadOnlyList<Profile> Profiles { get; internal set; } = [];

    /// <summary>The median of its careers' annual median wages, when any have one.</summary>
    public decimal? MedianWage { get; internal set; }

    public long TotalEmployment { get; internal set; }
}
