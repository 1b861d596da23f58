using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ProfileGen.Diagnostics;
using ProfileGen.Model;

namespace ProfileGen.Content;

/// <summary>
/// The one Markdig pipeline of a build: tables, heading ids, auto-links; raw HTML off unless the
/// site trusts its authors. Links are checked and rewritten here: unsafe schemes are dropped,
/// root-relative links ("/careers/x/") go under the site's base path.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly UrlBuilder _urls;
    private readonly bool _unsafeHtml;

    public MarkdownRenderer(UrlBuilder urls, bool unsafeHtml)
    {
        _urls = urls;
        _unsafeHtml = unsafeHtml;
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseListExtras();
        if (!unsafeHtml) builder.DisableHtml();
        _pipeline = builder.Build();
    }

    /// <param name="plainText">When given, receives the body's words as plain text (its text and inline code, each run followed by a space).</param>
    public RenderedMarkdown Render(string file, string markdown, int firstLine, DiagnosticBag diagnostics, System.Buffers.ArrayBufferWriter<char>? plainText = null)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        string? firstParagraph = null;
        var words = 0;
        var links = new List<BodyLink>();

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock { Level: 1 } heading:
                    // The page title is the page's only h1; body headings start at h2.
                    heading.Level = 2;
                    break;
                case ParagraphBlock paragraph when firstParagraph is null && paragraph.Parent is MarkdownDocument:
                    firstParagraph = InlineText(paragraph.Inline);
                    break;
                case LinkInline link:
                    if (link.Url is { } written) links.Add(new BodyLink(written, firstLine + link.Line, link.Column + 1, link.IsImage));
                    RewriteLink(file, link, firstLine, diagnostics);
                    break;
                case AutolinkInline autolink when !SafeUrl.IsAllowed(autolink.Url):
                    diagnostics.Add(Diagnostic.Warning(file, new SourcePosition(firstLine + autolink.Line, autolink.Column + 1),
                        $"the link '{autolink.Url}' is dropped: only http, https, mailto and relative links are allowed"));
                    autolink.Url = "#";
                    break;
                case LiteralInline literal:
                    var slice = literal.Content.AsSpan();
                    AppendWords(plainText, slice);
                    words += CountWords(slice);
                    break;
                case CodeInline code:
                    AppendWords(plainText, code.Content);
                    words += CountWords(code.Content);
                    break;
                case CodeBlock block:
                    var lines = block.Lines.ToString();
                    words += CountWords(lines);
                    break;
            }
        }

        // One writer per thread and Markdig's pooled renderer; the HTML goes from the writer's buffer
        // straight to UTF-8, without a string in between (tens of KB a profile).
        var writer = _writer ??= new StringWriter(new System.Text.StringBuilder(64 * 1024), System.Globalization.CultureInfo.InvariantCulture);
        writer.GetStringBuilder().Clear();
        Markdown.ToHtml(document, writer, _pipeline);
        return new RenderedMarkdown(Rendering.Utf8Text.Of(writer.GetStringBuilder()), firstParagraph ?? "", words) { Duties = Duties(document), Links = links };
    }

    [ThreadStatic] private static StringWriter? _writer;

    private static void AppendWords(System.Buffers.ArrayBufferWriter<char>? plainText, ReadOnlySpan<char> text)
    {
        if (plainText is null) return;
        System.Buffers.BuffersExtensions.Write(plainText, text);
        System.Buffers.BuffersExtensions.Write(plainText, " ".AsSpan());
    }

    /// <summary>Headings whose section lists a career's duties (compared lowercase, without trailing punctuation).</summary>
    private static readonly HashSet<string> DutiesHeadings = new(StringComparer.Ordinal)
    {
        "what they do", "duties", "job duties", "typical duties", "responsibilities", "job responsibilities",
    };

    /// <summary>
    /// The first bullet list after a "What They Do" or "Duties" heading and before any other heading:
    /// handbook profiles put the duties there, either straight under "What They Do" or under a
    /// "Duties" subheading of it. The profile model has no duties field, so this is the one source.
    /// </summary>
    private static IReadOnlyList<string> Duties(MarkdownDocument document)
    {
        var inDutiesSection = false;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    inDutiesSection = DutiesHeadings.Contains(InlineText(heading.Inline).TrimEnd(':', '.', '?', ' ').ToLowerInvariant());
                    break;
                case ListBlock { IsOrdered: false } list when inDutiesSection:
                    return list.OfType<ListItemBlock>()
                        .Select(item => item.OfType<ParagraphBlock>().FirstOrDefault() is { } paragraph ? InlineText(paragraph.Inline) : "")
                        .Where(text => text.Length > 0)
                        .ToList();
            }
        }
        return [];
    }

    private void RewriteLink(string file, LinkInline link, int firstLine, DiagnosticBag diagnostics)
    {
        var url = link.Url;
        if (url is null) return;
        if (!SafeUrl.IsAllowed(url))
        {
            diagnostics.Add(Diagnostic.Warning(file, new SourcePosition(firstLine + link.Line, link.Column + 1),
                $"the link '{Shorten(url)}' is dropped: only http, https, mailto and relative links are allowed"));
            link.Url = link.IsImage ? "" : "#";
            return;
        }
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) link.Url = _urls.Url(url);
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var builder = new System.Text.StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal: builder.Append(literal.Content.ToString()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case LineBreakInline: builder.Append(' '); break;
            }
        }
        return builder.ToString().Trim();
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord) count++;
            inWord = !isSpace;
        }
        return count;
    }
}
