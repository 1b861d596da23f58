using System.Diagnostics;
using System.Text.Json;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Output;
using ProfileGen.Tests.Support;

namespace ProfileGen.Tests.RealData;

/// <summary>
/// The sample site passes the W3C Nu HTML checker (vnu.jar) with no errors. .ci/run installs the
/// checker (npm package vnu-jar, run with the machine's Java) and points VNU_JAR at it; outside CI
/// the test runs when VNU_JAR is set.
/// </summary>
public class HtmlValidityTests
{
    [Fact]
    public async Task Every_page_of_the_sample_site_passes_the_nu_html_checker()
    {
        var jar = Environment.GetEnvironmentVariable("VNU_JAR");
        if (string.IsNullOrEmpty(jar))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI must set VNU_JAR (see .ci/run)");
            return; // a developer machine without the checker: the CI run checks it
        }
        Assert.True(File.Exists(jar), $"VNU_JAR points at {jar}, which does not exist");

        // Given the sample site written to a folder
        using var folder = new TempFolder();
        var memory = new MemoryOutput();
        var result = SiteGenerator.Build(SiteLoader.Load(SharedData.RepositoryRoot), new BuildOptions(), memory);
        Assert.True(result.Succeeded);
        foreach (var (path, bytes) in memory.Files)
        {
            var target = Path.Combine(folder.Path, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        // When the Nu HTML checker reads every page
        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "json", folder.Path])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await stdout;
        await process.WaitForExitAsync();

        // Then it finds no errors
        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, string.Join("\n", messages.Take(20)));
        Assert.True(memory.Files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)) > 70);
    }
}
