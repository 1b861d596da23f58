using ProfileGen.Content;

namespace ProfileGen.Model;

/// <summary>
/// One career in the finished site model: its facts, its rendered body and its place among the
/// others (category, tags, related careers, previous and next). Built once by <see cref="SiteBuilder"/>
/// and read-only afterwards.
/// </summary>
public sealed class Profile
{
    public required string SourcePath { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }
    public required DateOnly Lastmod { get; init; }
    public required ProfileFrontMatter Meta { get; init; }
    /// <summary>The rendered body as UTF-8: ten thousand bodies are 70 MB this way and twice that as strings.</summary>
    public required ReadOnlyMemory<byte> ContentUtf8 { get; init; }

    public string ContentHtml => System.Text.Encoding.UTF8.GetString(ContentUtf8.Span);
    public required string Summary { get; init; }
    public required int WordCount { get; init; }

    /// <summary>The duties listed in the body (see <see cref="RenderedMarkdown.Duties"/>); schema.org responsibilities.</summary>
    public IReadOnlyList<string> Duties { get; init; } = [];

    /// <summary>The body's links as the author wrote them, with their file positions; <c>profilegen check</c> follows them.</summary>
    public IReadOnlyList<BodyLink> BodyLinks { get; init; } = [];

    /// <summary>The parse cache's digest of the career's source (<see cref="ParsedProfile.SourceKey"/>); zero when the build had no cache.</summary>
    public Incremental.Hash128 SourceKey { get; init; }

    /// <summary>The terms of title, common names, summary and body, for text similarity.</summary>
    public Model.Related.CareerTerms Terms { get; internal set; } = Model.Related.CareerTerms.Empty;

    /// <summary>Drops the terms once related careers are computed: nothing else reads them, and at 10,000 profiles they are 60 MB.</summary>
    internal void ReleaseText() => Terms = Model.Related.CareerTerms.Empty;

    /// <summary>"/careers/librarians/"</summary>
    public string Path => $"/careers/{Slug}/";

    /// <summary>Minutes to read the body at 213 words a minute (Hugo's figure), at least 1.</summary>
    public int ReadingMinutes => Math.Max(1, (WordCount + 212) / 213);

    public Category Category { get; internal set; } = null!;
    public IReadOnlyList<Tag> Tags { get; internal set; } = [];
    public IReadOnlyList<Profile> Related { get; internal set; } = [];
    public Profile? Prev { get; internal set; }
    public Profile? Next { get; internal set; }
}
