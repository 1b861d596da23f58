using ProfileGen.Config;

namespace ProfileGen.Model;

/// <summary>The whole site, complete before any page renders.</summary>
public sealed class Site
{
    public required SiteConfig Config { get; init; }
    public required UrlBuilder Urls { get; init; }

    /// <summary>Every published career, ordered by title.</summary>
    public required IReadOnlyList<Profile> Profiles { get; init; }

    /// <summary>Categories ordered by name.</summary>
    public required IReadOnlyList<Category> Categories { get; init; }

    /// <summary>Tags ordered by name.</summary>
    public required IReadOnlyList<Tag> Tags { get; init; }

    /// <summary>Careers by last update, newest first (ties by title).</summary>
    public required IReadOnlyList<Profile> RecentlyUpdated { get; init; }

    /// <summary>The newest lastmod of any career: the site's own "updated" date, never the clock.</summary>
    public DateOnly? LastUpdated => RecentlyUpdated.Count > 0 ? RecentlyUpdated[0].Lastmod : null;

    /// <summary>The median of all careers' annual median wages.</summary>
    public required decimal? MedianWage { get; init; }

    /// <summary>The mean projected growth of all careers, in percent.</summary>
    public required decimal? AverageGrowth { get; init; }
}
