using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

/// <summary>Nothing executable from content: every value escaped in every output, unsafe URLs dropped.</summary>
public class SecurityTests
{
    private const string Payload = "<script>alert(1)</script>";

    [Fact]
    public void A_script_in_every_front_matter_field_and_the_body_appears_escaped_or_not_at_all_in_every_file()
    {
        // Given a profile whose every text field and body carry a script element
        var site = TestSite.BuildClean($$"""
            -- profiles/x.md --
            ---
            title: "T {{Payload}}"
            date: 2025-01-01
            category: "C {{Payload}}"
            tags: ["t {{Payload}}"]
            summary: "S {{Payload}}"
            soc_code: "25-4022"
            employment: 5
            growth_period: "G {{Payload}}"
            education: "E {{Payload}}"
            key_takeaways: ["K {{Payload}}"]
            common_names: ["N {{Payload}}"]
            sources:
              - name: "Src {{Payload}}"
                url: "https://example.org/?q=\"><script>alert(1)</script>"
            custom_field: "P {{Payload}}"
            ---
            Body {{Payload}} and <img src=x onerror=alert(1)> and [l](https://example.org/"onmouseover="alert(1))
            """);

        // Then no output file holds a live script element or event handler
        foreach (var (path, _) in site.Output.Files)
        {
            var text = site.File(path);
            Assert.DoesNotContain("<script>alert", text);
            Assert.DoesNotContain("<img src=x", text);
            Assert.DoesNotContain("\"onmouseover=", text);
        }
        // And the HTML shows the text the author wrote, as text
        var page = site.Html("careers/x/index.html");
        Assert.Equal("T " + Payload, page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("[onerror], [onmouseover]"));
        // And the only scripts are our own files and JSON-LD data that parses as JSON
        Assert.All(page.QuerySelectorAll("script"), script =>
        {
            if (script.HasAttribute("src")) return;
            Assert.Equal("application/ld+json", script.GetAttribute("type"));
            System.Text.Json.JsonDocument.Parse(script.TextContent).Dispose();
        });
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    public void Source_urls_with_unsafe_schemes_are_dropped_with_a_warning(string url)
    {
        var site = TestSite.BuildClean($"""
            -- profiles/x.md --
            ---
            title: T
            date: 2025-01-01
            category: C
            sources:
              - name: Evil
                url: "{url.Replace("\t", "\\t")}"
            ---
            """);
        var page = site.Html("careers/x/index.html");
        Assert.Equal("Evil", page.QuerySelector(".sources li")!.TextContent);
        Assert.Null(page.QuerySelector(".sources a"));
        Assert.Contains(site.Warnings, w => w.Message.Contains("dropped"));
    }

    [Fact]
    public void Raw_html_when_allowed_cannot_break_the_page_structure()
    {
        var site = TestSite.BuildClean("""
            -- profilegen.yml --
            markdown:
              unsafe_html: true
            -- profiles/x.md --
            ---
            title: T
            date: 2025-01-01
            category: C
            ---
            <div class="note">An unclosed box

            </main></body><p>Still inside the body</p>
            """);
        var page = site.Html("careers/x/index.html");
        Assert.NotNull(page.QuerySelector(".prose div.note"));
        Assert.NotNull(page.QuerySelector("main .prose"));
        Assert.NotNull(page.QuerySelector("main + footer, body > footer"));
        Assert.Single(page.QuerySelectorAll("main"));
    }
}
