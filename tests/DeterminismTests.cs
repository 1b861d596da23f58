using System.Globalization;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Output;
using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

[Collection("console")]
public class DeterminismTests
{
    [Fact]
    public void Two_builds_are_byte_identical_whatever_the_culture_and_time_zone()
    {
        // Given the sample site built once under the invariant culture and UTC
        var source = SiteLoader.Load(SharedData.RepositoryRoot);
        var first = Build(source, "en-US", "UTC");

        // When it is built again under German culture in Tokyo, with the profiles in reverse order
        var reversed = new SiteSource
        {
            Config = source.Config, Templates = source.Templates, Assets = source.Assets, StaticFiles = source.StaticFiles,
            Profiles = source.Profiles.Reverse().ToList(),
        };
        var second = Build(reversed, "de-DE", "Asia/Tokyo");

        // Then every file has the same bytes
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs");
    }

    private static IReadOnlyDictionary<string, byte[]> Build(SiteSource source, string culture, string timeZone)
    {
        var (oldCulture, oldUi, oldTz) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, Environment.GetEnvironmentVariable("TZ"));
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = new CultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentUICulture = new CultureInfo(culture);
            Environment.SetEnvironmentVariable("TZ", timeZone);
            TimeZoneInfo.ClearCachedData();
            var output = new MemoryOutput();
            var result = SiteGenerator.Build(source, new BuildOptions(), output);
            Assert.True(result.Succeeded);
            return output.Files;
        }
        finally
        {
            CultureInfo.CurrentCulture = oldCulture;
            CultureInfo.CurrentUICulture = oldUi;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = null;
            Environment.SetEnvironmentVariable("TZ", oldTz);
            TimeZoneInfo.ClearCachedData();
        }
    }

    [Fact]
    public void An_empty_site_dates_its_feed_from_source_date_epoch_never_the_clock()
    {
        var old = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        try
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1764547200"); // 2025-12-01T00:00:00Z
            var site = TestSite.BuildClean("-- profilegen.yml --\ntitle: Empty\n");
            Assert.Contains("<updated>2025-12-01T00:00:00Z</updated>", site.File("feed.xml"));
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
            Assert.Contains("<updated>1970-01-01T00:00:00Z</updated>", TestSite.BuildClean("-- profilegen.yml --\ntitle: Empty\n").File("feed.xml"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", old);
        }
    }
}
