using ProfileGen.Diagnostics;

namespace ProfileGen.Content;

/// <summary>
/// The typed front matter of one profile, as DESIGN.md's content model names it. Values that failed
/// validation are null (their diagnostic is already reported).
/// </summary>
public sealed record ProfileFrontMatter
{
    public string? Title { get; init; }
    public string? Slug { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? Lastmod { get; init; }
    public string? Category { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Summary { get; init; }
    public string? SocCode { get; init; }
    public long? Employment { get; init; }
    public int? EmploymentYear { get; init; }
    public decimal? MedianWage { get; init; }
    public int? WageYear { get; init; }
    public string WageUnit { get; init; } = "year";
    public decimal? GrowthRate { get; init; }
    public string? GrowthPeriod { get; init; }
    public string? Education { get; init; }
    public IReadOnlyList<string> KeyTakeaways { get; init; } = [];
    public IReadOnlyList<string> CommonNames { get; init; } = [];
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];
    public IReadOnlyList<(string Slug, SourcePosition At)> Related { get; init; } = [];
    public bool Draft { get; init; }
    public string? Layout { get; init; }
    public int Weight { get; init; }

    /// <summary>Fields outside the content model, kept for templates as <c>page.params</c>.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    /// <summary>Where each figure came from (front matter or a figure table) and its year; set by <see cref="Figures.FigureApplier"/>.</summary>
    public IReadOnlyDictionary<string, Figures.FigureSource> FigureSources { get; init; } = new Dictionary<string, Figures.FigureSource>();

    /// <summary>Where each field was written, for diagnostics found after parsing (duplicates, pins).</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>();
}
