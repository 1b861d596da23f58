using ProfileGen.Serve;

namespace ProfileGen.Tests.Serve;

public class RequestPathResolverTests
{
    private static readonly HashSet<string> Files =
        ["index.html", "404.html", "careers/a/index.html", "assets/style.0123456789.css", "feed.xml", "etc/passwd-lookalike.txt", "caf\u00e9.txt"];

    private static RequestResolution Resolve(string target, string basePath = "/") => RequestPathResolver.Resolve(target, basePath, Files.Contains);

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/careers/a/../../../etc/passwd")]
    [InlineData("/careers/../index.html")]
    [InlineData("/./index.html")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/.%2e/etc/passwd")]
    [InlineData("/careers/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/%252e%252e/etc/passwd")]
    [InlineData("/..\\..\\etc\\passwd")]
    [InlineData("/careers\\a\\index.html")]
    [InlineData("/careers/%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("//etc/passwd")]
    [InlineData("///etc/passwd")]
    [InlineData("/careers//a/")]
    [InlineData("/etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/C:%5CWindows%5Cwin.ini")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("etc/passwd")]
    [InlineData("http://example.org/etc/passwd")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/careers/a/%")]
    [InlineData("/careers/a/%zz")]
    [InlineData("/%c0%ae%c0%ae/etc/passwd")]
    [InlineData("/caf\u00e9.txt")]
    [InlineData("/careers/")]
    [InlineData("/nothing-here/")]
    public void Paths_outside_the_site_or_not_in_it_are_not_found(string target)
    {
        Assert.IsType<RequestResolution.NotFound>(Resolve(target));
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/?utm=1", "index.html")]
    [InlineData("/careers/a/", "careers/a/index.html")]
    [InlineData("/careers/a/index.html", "careers/a/index.html")]
    [InlineData("/careers/a/#top", "careers/a/index.html")]
    [InlineData("/assets/style.0123456789.css", "assets/style.0123456789.css")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/caf%C3%A9.txt", "caf\u00e9.txt")]
    public void Clean_urls_name_the_files_a_static_host_would_send(string target, string file)
    {
        Assert.Equal(new RequestResolution.File(file), Resolve(target));
    }

    [Theory]
    [InlineData("/careers/a", "/careers/a/")]
    [InlineData("/careers/a?x=1", "/careers/a/?x=1")]
    public void A_folder_without_its_slash_redirects_to_the_slash_form(string target, string location)
    {
        Assert.Equal(new RequestResolution.Redirect(location), Resolve(target));
    }

    [Fact]
    public void Under_a_base_path_only_paths_below_it_are_the_site()
    {
        Assert.Equal(new RequestResolution.File("careers/a/index.html"), Resolve("/jobs/careers/a/", "/jobs/"));
        Assert.Equal(new RequestResolution.Redirect("/jobs/"), Resolve("/jobs", "/jobs/"));
        Assert.IsType<RequestResolution.NotFound>(Resolve("/careers/a/", "/jobs/"));
        Assert.IsType<RequestResolution.NotFound>(Resolve("/jobs/../careers/a/", "/jobs/"));
    }
}
