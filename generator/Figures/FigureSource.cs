using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>
/// Where one of a page's figures came from: the profile's front matter or a figure table, and the
/// year the figure is for. Templates see <see cref="Source"/> and <see cref="Year"/> as
/// <c>page.figure_sources.&lt;figure&gt;</c>; <see cref="File"/> and <see cref="At"/> point
/// diagnostics at the value itself.
/// </summary>
public sealed record FigureSource(string Source, int? Year, string File, SourcePosition At)
{
    public const string FrontMatter = "front matter";

    /// <summary>The figures a page can have, by the name templates use.</summary>
    public static readonly string[] Figures = ["employment", "median_wage", "growth_rate", "education"];
}
