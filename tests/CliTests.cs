using ProfileGen.Tests.Support;

namespace ProfileGen.Tests;

[Collection("console")]
public class CliTests
{
    private const string Good = "---\ntitle: Alpha\ndate: 2025-01-01\ncategory: Health\n---\nBody.\n";
    private const string Bad = "---\ntitle: Alpha\ndate: 2025-01-01\ncategory: Health\nemployment: lots\n---\nBody.\n";

    [Fact]
    public void Build_writes_the_site_and_exits_0()
    {
        using var site = new TempFolder();
        site.Write("profiles/alpha.md", Good);
        var (code, output, _) = CommandLine.Run("build", "--source", site.Path);
        Assert.Equal(0, code);
        Assert.Contains("Built", output);
        Assert.True(File.Exists(Path.Combine(site.Path, "site-output", "careers", "alpha", "index.html")));
    }

    [Fact]
    public void The_summary_of_a_build_is_one_line_in_a_log()
    {
        // Given a site built into a folder with a long name, its output going to a log (not a terminal)
        using var site = new TempFolder();
        site.Write("profiles/alpha.md", Good);
        var (code, output, _) = CommandLine.Run("build", "--source", site.Path, "--output", Path.Combine(site.Path, "a-rather-long-output-folder-name-for-this-site"));

        // Then the summary is one line from "Built" to the warnings, not wrapped at 80 columns
        Assert.Equal(0, code);
        Assert.Contains(output.Split('\n'), line => line.StartsWith("Built 8 pages", StringComparison.Ordinal) && line.TrimEnd().EndsWith("0 warnings.", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_errors_exit_1_with_file_line_column_and_no_stack_trace()
    {
        using var site = new TempFolder();
        site.Write("profiles/alpha.md", Bad);
        var (code, _, error) = CommandLine.Run("build", "--source", site.Path);
        Assert.Equal(1, code);
        Assert.Contains("profiles/alpha.md:5:13: error: 'employment' must be a whole number", error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(Directory.Exists(Path.Combine(site.Path, "site-output")));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_identical()
    {
        // Given a site built once
        using var site = new TempFolder();
        var profile = site.Write("profiles/alpha.md", Good);
        Assert.Equal(0, CommandLine.Run("build", "--source", site.Path).ExitCode);
        var output = Path.Combine(site.Path, "site-output");
        var before = TempFolder.Snapshot(output);

        // When a profile breaks and the build runs again
        File.WriteAllText(profile, Bad);
        Assert.Equal(1, CommandLine.Run("build", "--source", site.Path).ExitCode);

        // Then the output is exactly what the good build wrote, and no staging folder is left behind
        var after = TempFolder.Snapshot(output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var key in before.Keys) Assert.Equal(before[key], after[key]);
        Assert.Equal([".profilegen-cache", "profiles", "site-output"], Directory.EnumerateFileSystemEntries(site.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_rebuild_that_rewrites_pages_leaves_no_staging_folder_behind()
    {
        // Given a site built once
        using var site = new TempFolder();
        var profile = site.Write("profiles/alpha.md", Good);
        Assert.Equal(0, CommandLine.Run("build", "--source", site.Path).ExitCode);

        // When a profile's body changes and the site is built again (its page is staged in careers/alpha/, then moved)
        File.AppendAllText(profile, "\nA new closing sentence.\n");
        Assert.Equal(0, CommandLine.Run("build", "--source", site.Path).ExitCode);

        // Then the page has the sentence, and the staging folder and the folders made in it are gone
        Assert.Contains("A new closing sentence.", File.ReadAllText(Path.Combine(site.Path, "site-output", "careers", "alpha", "index.html")));
        Assert.Equal([".profilegen-cache", "profiles", "site-output"], Directory.EnumerateFileSystemEntries(site.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Files_the_user_put_in_the_output_folder_survive_a_rebuild()
    {
        using var site = new TempFolder();
        site.Write("profiles/alpha.md", Good);
        Assert.Equal(0, CommandLine.Run("build", "--source", site.Path).ExitCode);
        site.Write("site-output/keep-me.txt", "mine");
        Assert.Equal(0, CommandLine.Run("build", "--source", site.Path).ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Path, "site-output", "keep-me.txt")));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("profiles")]
    [InlineData("profiles/out")]
    [InlineData("..")]
    [InlineData("/")]
    [InlineData("not-mine")]
    public void Output_folders_that_would_cost_a_user_files_are_refused_and_nothing_is_deleted(string output)
    {
        using var site = new TempFolder();
        site.Write("profiles/alpha.md", Good);
        site.Write("not-mine/important.txt", "precious");
        var target = Path.IsPathRooted(output) ? output : Path.Combine(site.Path, output);
        var before = TempFolder.Snapshot(site.Path);

        var (code, _, error) = CommandLine.Run("build", "--source", site.Path, "--output", target);

        Assert.Equal(2, code);
        Assert.Contains("refusing", error);
        Assert.Equal(before.Keys, TempFolder.Snapshot(site.Path).Keys);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CommandLine.Run("build", "--no-such-flag").ExitCode);
        Assert.Equal(2, CommandLine.Run("build", "--source", "/no/such/folder").ExitCode);
        Assert.Equal(2, CommandLine.Run("no-such-command").ExitCode);
    }

    [Fact]
    public void Version_and_help_work()
    {
        var (code, output, _) = CommandLine.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
        var help = CommandLine.Run("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("build", help.Out);
    }
}
