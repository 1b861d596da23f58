using ProfileGen.Diagnostics;
using ProfileGen.Model;

namespace ProfileGen.Check;

/// <summary>Careers that share a title (ignoring case and surrounding spaces): readers cannot tell them apart in lists and search.</summary>
public static class DuplicateTitles
{
    public static IEnumerable<Diagnostic> Find(Site site)
    {
        var groups = site.Profiles
            .GroupBy(p => p.Title.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var files = group.Select(p => p.SourcePath).Order(StringComparer.Ordinal).ToList();
            foreach (var profile in group)
            {
                var others = string.Join(", ", files.Where(f => f != profile.SourcePath));
                var at = profile.Meta.Positions.TryGetValue("title", out var position) ? position : SourcePosition.Start;
                yield return Diagnostic.Warning(profile.SourcePath, at, $"the title \"{profile.Title}\" is also the title of {others}",
                    "give each career its own title, so readers can tell them apart in lists and search results");
            }
        }
    }
}
