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
}
