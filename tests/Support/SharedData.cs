using System.Diagnostics;

namespace ProfileGen.Tests.Support;

/// <summary>
/// The real occupation data in ../shared/data/occupations (never committed), turned into a site by
/// scripts/ooh_to_profiles.py once per test run.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Generated = new(Generate);

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ProfileGen.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("cannot find ProfileGen.sln above " + AppContext.BaseDirectory);
        }
    }

    public static string OccupationsFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "occupations"));

    /// <summary>A site folder holding profiles/ for all 342 careers of the OOH data.</summary>
    public static string OohSite => Generated.Value;

    private static string Generate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "profilegen-tests", "ooh-site-" + Environment.ProcessId);
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
        var start = new ProcessStartInfo("python3", [Path.Combine(RepositoryRoot, "scripts", "ooh_to_profiles.py"), Path.Combine(folder, "profiles")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("ooh_to_profiles.py failed: " + error);
        return folder;
    }
}
