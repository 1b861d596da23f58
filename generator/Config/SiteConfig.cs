namespace ProfileGen.Config;

/// <summary>The site's settings: profilegen.yml with its defaults, then command-line overrides.</summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "Career Profiles";
    public string Description { get; init; } = "Career profiles: what people in each occupation do, what they earn, and how to become one.";
    public string BaseUrl { get; init; } = "http://localhost/";
    public string Language { get; init; } = "en-US";
    public string? Author { get; init; }
    public bool IncludeDrafts { get; init; }
    public RelatedConfig Related { get; init; } = new();
    public string PrevNextOrder { get; init; } = "title";
    public int PaginationSize { get; init; } = 50;
    public bool UnsafeHtml { get; init; }
    public IReadOnlyList<string> Figures { get; init; } = [];

    /// <summary>Figures whose year is more than this many years before the newest year of the site's figures are flagged by check.</summary>
    public int FiguresMaxAge { get; init; } = 3;

    public int RecentCount { get; init; } = 10;
    public int FeedCount { get; init; } = 50;

    /// <summary>Where settings checked after parsing were written in profilegen.yml (<c>figures[0]</c>, <c>figures_max_age</c>), for diagnostics.</summary>
    public IReadOnlyDictionary<string, Diagnostics.SourcePosition> Positions { get; init; } = new Dictionary<string, Diagnostics.SourcePosition>();
}

public sealed record RelatedConfig
{
    public int Count { get; init; } = 5;
    public double Threshold { get; init; }
    public RelatedWeights Weights { get; init; } = new();
}

/// <summary>
/// How much each signal counts toward "You Might Also Like". Text is a cosine similarity: on the 342
/// handbook careers a career's best match scores about 0.3 and its fifth about 0.15. The structured
/// signals overlap each other (a category mostly is a SOC major group, and tags often repeat both),
/// so by default they are tie-breakers of a few hundredths; weights of 0.2 to 0.3 each drown the
/// text and agree less with O*NET's analysts (precision@5 0.55 instead of 0.74).
/// </summary>
public sealed record RelatedWeights
{
    public double Text { get; init; } = 1.0;
    public double Category { get; init; } = 0.02;
    public double SocMajor { get; init; } = 0.01;
    public double SocMinor { get; init; } = 0.02;
    public double Tags { get; init; } = 0.05;
    public double Education { get; init; } = 0.03;
}
