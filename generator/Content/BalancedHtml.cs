using AngleSharp.Html.Parser;

namespace ProfileGen.Content;

/// <summary>
/// With <c>markdown.unsafe_html</c> on, authors' raw HTML passes through, but it must never break
/// the page around it: an unclosed &lt;div&gt; or a stray &lt;/main&gt; would. Parsing the body as a
/// fragment the way a browser would, and writing it back, closes what is open and drops what
/// closes elements the body does not own.
/// </summary>
public static class BalancedHtml
{
    private static readonly HtmlParser Parser = new();

    public static string Balance(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body><div></div></body></html>");
        var container = document.Body!.FirstElementChild!;
        var nodes = Parser.ParseFragment(html, container);
        foreach (var node in nodes.ToArray()) container.AppendChild(node);
        return container.InnerHtml;
    }
}
