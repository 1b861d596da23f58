using Microsoft.Playwright;
using ProfileGen.Tests.Support;

namespace ProfileGen.Tests.Browser;

/// <summary>The author's loop in a real browser: save a file, and the open page follows without a manual reload.</summary>
public class LiveReloadBrowserTests
{
    private const string Good = "---\ntitle: Alpha\ndate: 2025-01-01\ncategory: Health\n---\n";

    private static readonly string Site = $$"""
        -- profiles/alpha.md --
        {{Good}}The first version of the body.
        -- profiles/beta.md --
        ---
        title: Beta
        date: 2025-01-01
        category: Health
        ---
        Beta body.
        -- templates/assets/style.css --
        body { background: rgb(255, 255, 255); }
        """;

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_open_page_shows_a_saved_edit_then_the_error_overlay_then_the_fix()
    {
        // Given a served site open in Chromium
        await using var site = await ServedSite.StartAsync(Site);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url + "careers/alpha/");
        await page.GetByText("The first version of the body.").WaitForAsync(new() { Timeout = (float)Wait.TotalMilliseconds });

        // When the author saves an edit, the open page shows it without a manual reload
        site.Write("profiles/alpha.md", Good + "An edit saved in the editor.\n");
        await page.GetByText("An edit saved in the editor.").WaitForAsync(new() { Timeout = (float)Wait.TotalMilliseconds });

        // When the front matter breaks, an overlay names the file, line and column over the last good page
        site.Write("profiles/alpha.md", "---\ntitle: Alpha\ndate: 2025-01-01\ncategory: Health\nemployment: \"<img src=x onerror=alert(1)>\"\n---\nBroken.\n");
        var overlay = page.Locator("#__profilegen-overlay");
        await overlay.WaitForAsync(new() { Timeout = (float)Wait.TotalMilliseconds });
        var text = await overlay.TextContentAsync();
        Assert.Contains("profiles/alpha.md:5:13: error: 'employment' must be a whole number", text);
        Assert.Contains("5 | employment:", text);
        Assert.Equal(0, await overlay.Locator("img").CountAsync()); // the value is shown as text, not markup
        Assert.Equal(1, await page.GetByText("An edit saved in the editor.").CountAsync()); // the last good page stays under it

        // When it is fixed, the overlay goes away and the page shows the fixed text
        site.Write("profiles/alpha.md", Good + "Fixed and saved.\n");
        await page.GetByText("Fixed and saved.").WaitForAsync(new() { Timeout = (float)Wait.TotalMilliseconds });
        await overlay.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = (float)Wait.TotalMilliseconds });
    }

    [Fact]
    public async Task A_stylesheet_edit_is_swapped_in_without_reloading_the_page()
    {
        // Given a page with a mark that a reload would wipe
        await using var site = await ServedSite.StartAsync(Site);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url + "careers/alpha/");
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor === 'rgb(255, 255, 255)'", null, new() { Timeout = (float)Wait.TotalMilliseconds });

        // When the stylesheet changes
        site.Write("templates/assets/style.css", "body { background: rgb(0, 128, 0); }");

        // Then the new rules apply and the page was not reloaded
        await page.WaitForFunctionAsync("() => getComputedStyle(document.body).backgroundColor === 'rgb(0, 128, 0)'", null, new() { Timeout = (float)Wait.TotalMilliseconds });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));
    }
}
