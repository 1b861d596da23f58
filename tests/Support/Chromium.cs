using Microsoft.Playwright;

namespace ProfileGen.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright for .NET. Never a downloaded browser: Playwright's own
/// driver ships in its NuGet package, and the browser is the system's. Missing Chromium is a test
/// failure that says how to install it, not a silent skip; .ci/run installs it.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ExecutablePath}. Install it with: apt-get install -y chromium (.ci/run does this).");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run",
            ],
        });
    }
}
