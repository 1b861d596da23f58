using System.Text;
using ProfileGen.Serve;

namespace ProfileGen.Tests.Serve;

public class LiveReloadScriptTests
{
    [Fact]
    public void The_script_goes_before_the_last_closing_body_tag()
    {
        var html = Encoding.UTF8.GetBytes("<html><body><p>&lt;/body&gt;</p></BODY></html>");
        var result = Encoding.UTF8.GetString(LiveReloadScript.Inject(html, 7));
        Assert.Equal("<html><body><p>&lt;/body&gt;</p><script src=\"/__profilegen/live.js\" data-build=\"7\" defer></script>\n</BODY></html>", result);
    }

    [Fact]
    public void A_page_without_a_body_tag_gets_the_script_at_the_end()
    {
        var result = Encoding.UTF8.GetString(LiveReloadScript.Inject("<p>x</p>"u8.ToArray(), 1));
        Assert.StartsWith("<p>x</p><script", result);
    }

    [Fact]
    public void The_overlay_writes_diagnostics_as_text_never_as_markup()
    {
        Assert.Contains("textContent", LiveReloadScript.Source);
        Assert.DoesNotContain("innerHTML", LiveReloadScript.Source);
        Assert.DoesNotContain("insertAdjacentHTML", LiveReloadScript.Source);
    }
}
