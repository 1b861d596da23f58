using ProfileGen.Serve;

namespace ProfileGen.Tests.Serve;

public class ContentTypesTests
{
    [Theory]
    [InlineData("careers/x/index.html", "text/html; charset=utf-8")]
    [InlineData("assets/style.0123456789.css", "text/css; charset=utf-8")]
    [InlineData("assets/search.0123456789.js", "text/javascript; charset=utf-8")]
    [InlineData("sitemap.xml", "text/xml; charset=utf-8")]
    [InlineData("search-index.json", "application/json; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("logo.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("photo.png", "image/png")]
    [InlineData("favicon.ico", "image/x-icon")]
    [InlineData("fonts/inter.woff2", "font/woff2")]
    [InlineData("site.webmanifest", "application/manifest+json; charset=utf-8")]
    [InlineData("CNAME", "application/octet-stream")]
    public void Each_kind_of_file_gets_its_content_type(string path, string type)
    {
        Assert.Equal(type, ContentTypes.For(path));
    }
}
