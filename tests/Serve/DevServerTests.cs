using System.Net;
using System.Text.Json;
using ProfileGen.Tests.Support;
using static ProfileGen.Tests.Support.Profiles;

namespace ProfileGen.Tests.Serve;

/// <summary><c>profilegen serve</c> over real HTTP: Kestrel on a free loopback port, a temp site, real file watching.</summary>
public class DevServerTests
{
    private static readonly string Site = Profile("alpha", "Alpha", "Health", body: "Alpha body.") + Profile("beta", "Beta", "Health") + """

        -- static/robots-note.txt --
        plain text
        -- static/data.json --
        {"a": 1}
        -- static/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"></svg>
        """;

    [Fact]
    public async Task Pages_are_served_with_the_reload_script_and_the_right_content_types()
    {
        await using var site = await ServedSite.StartAsync(Site);

        using var page = await site.Http.GetAsync("/careers/alpha/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Alpha body.", html);
        Assert.Matches("<script src=\"/__profilegen/live.js\" data-build=\"\\d+\" defer></script>\n</body>", html);
        Assert.Equal(site.Url, "http://127.0.0.1:" + site.Port + "/");
        Assert.Contains($"<link rel=\"canonical\" href=\"{site.Url}careers/alpha/\">", html);

        foreach (var (path, type) in new[]
                 {
                     ("/feed.xml", "text/xml; charset=utf-8"), ("/robots.txt", "text/plain; charset=utf-8"), ("/data.json", "application/json; charset=utf-8"),
                     ("/logo.svg", "image/svg+xml; charset=utf-8"), ("/robots-note.txt", "text/plain; charset=utf-8"), ("/__profilegen/live.js", "text/javascript; charset=utf-8"),
                 })
        {
            using var response = await site.Http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, path);
            Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
            Assert.DoesNotContain("__profilegen/live.js\"", await response.Content.ReadAsStringAsync());
        }
        var css = Assert.Single(site.Server.Site.Current!.Paths, p => p.EndsWith(".css", StringComparison.Ordinal));
        using var stylesheet = await site.Http.GetAsync("/" + css);
        Assert.Equal("text/css; charset=utf-8", stylesheet.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Clean_urls_redirect_to_the_slash_form_and_unknown_paths_get_the_sites_404_page()
    {
        await using var site = await ServedSite.StartAsync(Site);

        using var redirect = await site.Http.GetAsync("/careers/alpha?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/careers/alpha/?x=1", redirect.Headers.Location!.ToString());

        using var missing = await site.Http.GetAsync("/careers/nobody/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", body);
        Assert.Contains("__profilegen/live.js", body);

        Assert.NotEqual(HttpStatusCode.OK, (await site.Http.GetAsync("/assets/")).StatusCode); // no directory listings
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2E%2E/secret.txt")]
    [InlineData("/careers/..%2f..%2f..%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/profiles/alpha.md")]
    [InlineData("/SECRET_PATH")]
    [InlineData("http://127.0.0.1/../secret.txt")]
    public async Task Traversal_attempts_over_http_never_return_a_file_from_outside_the_site(string target)
    {
        // Given a secret beside the site folder, and its absolute path as a target too
        await using var site = await ServedSite.StartAsync(Site);
        var secret = Path.Combine(Path.GetDirectoryName(site.Folder)!, "secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-MARKER");
        target = target.Replace("/SECRET_PATH", secret);
        try
        {
            // When the target is sent byte for byte
            var (status, _, body) = await RawHttp.Get(site.Port, target);

            // Then it is not found (or rejected by Kestrel as malformed), and no secret comes back
            Assert.True(status is 404 or 400, $"{target} answered {status}");
            Assert.DoesNotContain("TOP-SECRET-MARKER", body);
            Assert.DoesNotContain("root:", body);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Theory]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost:1")]
    public async Task Requests_for_another_host_name_are_refused(string host)
    {
        await using var site = await ServedSite.StartAsync(Site);
        var (status, _, body) = await RawHttp.Get(site.Port, "/careers/alpha/", host.Replace("{port}", site.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(403, status);
        Assert.DoesNotContain("Alpha body.", body);
        var (events, _, _) = await RawHttp.Get(site.Port, "/__profilegen/events", "evil.example:" + site.Port);
        Assert.Equal(403, events);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public async Task Requests_for_the_loopback_names_are_served(string host)
    {
        await using var site = await ServedSite.StartAsync(Site);
        var (status, _, body) = await RawHttp.Get(site.Port, "/careers/alpha/", $"{host}:{site.Port}");
        Assert.Equal(200, status);
        Assert.Contains("Alpha body.", body);
    }

    [Fact]
    public async Task Saving_a_profile_rebuilds_and_a_broken_file_keeps_the_last_good_site()
    {
        // Given a served site
        await using var site = await ServedSite.StartAsync(Site);

        // When a profile is edited, the next request shows the new text
        var before = site.Server.Site.Rebuilds;
        site.Write("profiles/alpha.md", "---\ntitle: Alpha\ndate: 2025-01-01\ncategory: Health\n---\nEdited body.\n");
        await site.WaitForRebuildAfter(before);
        Assert.Contains("Edited body.", await site.GetText("/careers/alpha/"));
        Assert.Equal(1, site.Server.Site.ParsedLastRebuild); // the other profile came from the cache

        // When its front matter breaks, the server keeps serving the last good build and reports where
        before = site.Server.Site.Rebuilds;
        site.Write("profiles/alpha.md", "---\ntitle: Alpha\ndate: 2025-01-01\ncategory: Health\nemployment: lots\n---\nBroken body.\n");
        await site.WaitForRebuildAfter(before);
        var page = await site.GetText("/careers/alpha/");
        Assert.Contains("Edited body.", page);
        var problem = Assert.Single(site.Server.Site.Problems, p => p.Severity == "error");
        Assert.Equal(("profiles/alpha.md", 5, 13), (problem.File, problem.Line, problem.Column));
        Assert.Contains("employment: lots", problem.Excerpt);
        Assert.Contains("profiles/alpha.md:5:13: error: 'employment' must be a whole number", site.Log);

        // When it is fixed, the problem is gone
        before = site.Server.Site.Rebuilds;
        site.Write("profiles/alpha.md", "---\ntitle: Alpha\ndate: 2025-01-01\ncategory: Health\nemployment: 5\n---\nFixed body.\n");
        await site.WaitForRebuildAfter(before);
        Assert.Empty(site.Server.Site.Problems);
        Assert.Contains("Fixed body.", await site.GetText("/careers/alpha/"));
    }

    [Fact]
    public async Task A_template_that_fails_while_rendering_shows_the_last_good_page_and_reports_the_template_line()
    {
        await using var site = await ServedSite.StartAsync(Site + """

            -- templates/profile.html --
            <h1>{{ page.title }}</h1>
            """, renderAllInBackground: false);
        Assert.Contains("<h1>Alpha</h1>", await site.GetText("/careers/alpha/"));

        var before = site.Server.Site.Rebuilds;
        site.Write("templates/profile.html", "<h1>{{ page.title }}</h1>\n{{ page.title | no_such_function }}\n");
        await site.WaitForRebuildAfter(before);
        var page = await site.GetText("/careers/alpha/");
        Assert.Contains("<h1>Alpha</h1>", page);
        var problem = Assert.Single(site.Server.Site.Problems, p => p.Severity == "error");
        Assert.Equal(("templates/profile.html", 2), (problem.File, problem.Line));
    }

    [Fact]
    public async Task Open_pages_hear_a_hello_then_a_reload_after_a_save_and_only_a_stylesheet_swap_after_a_css_save()
    {
        await using var site = await ServedSite.StartAsync(Site + """

            -- templates/assets/style.css --
            body { color: black; }
            """);
        using var stream = await site.Http.GetStreamAsync("/__profilegen/events");
        using var events = new StreamReader(stream);

        var hello = await NextEvent(events);
        Assert.Equal("hello", hello.GetProperty("type").GetString());
        Assert.Equal(0, hello.GetProperty("problems").GetArrayLength());

        site.Write("templates/assets/style.css", "body { color: navy; }");
        var css = await NextEvent(events);
        Assert.Equal("css", css.GetProperty("type").GetString());
        var sheet = css.GetProperty("sheets")[0];
        Assert.Equal("/assets/style.", sheet.GetProperty("prefix").GetString());
        var href = sheet.GetProperty("href").GetString()!;
        Assert.Contains("navy", await site.GetText(href));

        site.Write("profiles/beta.md", "---\ntitle: Beta\ndate: 2025-01-01\ncategory: Health\n---\nNew.\n");
        Assert.Equal("reload", (await NextEvent(events)).GetProperty("type").GetString());

        site.Write("profiles/beta.md", "---\ntitle: Beta\ndate: someday\ncategory: Health\n---\nNew.\n");
        var problems = await NextEvent(events);
        Assert.Equal("problems", problems.GetProperty("type").GetString());
        var problem = problems.GetProperty("problems")[0];
        Assert.Equal("profiles/beta.md", problem.GetProperty("file").GetString());
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Contains("date: someday", problem.GetProperty("excerpt").GetString());
    }

    [Fact]
    public async Task On_a_slow_site_a_body_edit_is_previewed_first_and_the_full_build_reloads_only_changed_pages()
    {
        // Given a site served with previews on for every rebuild, whose career pages show only their own body, and two pages listening
        await using var site = await ServedSite.StartAsync(Site + """

            -- templates/profile.html --
            <h1>{{ page.title }}</h1>{{ page.content }}
            """, previewAfter: TimeSpan.Zero);
        using var alphaStream = await site.Http.GetStreamAsync("/__profilegen/events?page=%2Fcareers%2Falpha%2F");
        using var alphaEvents = new StreamReader(alphaStream);
        using var betaStream = await site.Http.GetStreamAsync("/__profilegen/events?page=%2Fcareers%2Fbeta%2F");
        using var betaEvents = new StreamReader(betaStream);
        Assert.Equal("hello", (await NextEvent(alphaEvents)).GetProperty("type").GetString());
        Assert.Equal("hello", (await NextEvent(betaEvents)).GetProperty("type").GetString());
        Assert.Contains("Alpha body.", await site.GetText("/careers/beta/") + await site.GetText("/careers/alpha/"));

        // When only alpha's body changes
        var builds = site.Server.Site.FullBuilds;
        site.Write("profiles/alpha.md", "---\ntitle: \"Alpha\"\ndate: 2025-01-01\ncategory: \"Health\"\n\n---\nA previewed body.\n");

        // Then both pages hear a reload for the preview, and the preview shows the new body
        // (Each check names the server's log.)
        var alphaPreview = (await NextEvent(alphaEvents)).GetProperty("type").GetString();
        var betaPreview = (await NextEvent(betaEvents)).GetProperty("type").GetString();
        Assert.True(alphaPreview == "reload" && betaPreview == "reload", $"events {alphaPreview}, {betaPreview}; log:\n{site.Log}");
        Assert.Contains("A previewed body.", await site.GetText("/careers/alpha/"));
        // (The server logs the preview after it has told the pages and rendered them: wait for the line.)
        Assert.True(await site.WaitForLog("previewed in"), $"no preview; log:\n{site.Log}");

        // And when the full build lands, a page whose HTML it did not change is told so instead of reloading
        await site.WaitForFullBuildAfter(builds);
        var alphaAfter = (await NextEvent(alphaEvents)).GetProperty("type").GetString();
        var betaAfter = (await NextEvent(betaEvents)).GetProperty("type").GetString();
        Assert.True(betaAfter == "unchanged" && alphaAfter is ("unchanged" or "reload"), $"events {alphaAfter}, {betaAfter}; log:\n{site.Log}");
        Assert.Contains("A previewed body.", await site.GetText("/careers/alpha/"));
        Assert.True(site.Server.Site.Current is { IsPreview: false });
    }

    [Fact]
    public async Task A_front_matter_edit_is_never_previewed()
    {
        await using var site = await ServedSite.StartAsync(Site, previewAfter: TimeSpan.Zero);
        var before = site.Server.Site.Rebuilds;
        site.Write("profiles/alpha.md", "---\ntitle: Alpha Renamed\ndate: 2025-01-01\ncategory: Health\n---\nAlpha body.\n");
        await site.WaitForRebuildAfter(before);
        Assert.DoesNotContain("previewed in", site.Log);
        Assert.Contains("Alpha Renamed", await site.GetText("/careers/alpha/"));
    }

    private static async Task<JsonElement> NextEvent(StreamReader events)
    {
        while (true)
        {
            var line = await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.NotNull(line);
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
        }
    }
}
