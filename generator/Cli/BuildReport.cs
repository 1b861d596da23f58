using System.Globalization;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using Spectre.Console;

namespace ProfileGen.Cli;

/// <summary>What a build prints: every diagnostic with its source line, then a one-line summary.</summary>
public static class BuildReport
{
    /// <summary>Prints every diagnostic with its source line, read again from the site folder (the build does not keep the text).</summary>
    public static void PrintDiagnostics(BuildResult result, string sourceFolder)
    {
        if (result.Diagnostics.Count == 0) return;
        DiagnosticPrinter.Print(Console.Error, result.Diagnostics, path => ReadForExcerpt(sourceFolder, path));
        Console.Error.WriteLine();
    }

    private static string? ReadForExcerpt(string sourceFolder, string path)
    {
        var full = Path.GetFullPath(Path.Combine(sourceFolder, path));
        if (!full.StartsWith(Path.GetFullPath(sourceFolder), StringComparison.Ordinal) || !File.Exists(full)) return null;
        try
        {
            var info = new FileInfo(full);
            if (info.Length > SourceDecoder.MaxTextBytes) return null;
            return SourceDecoder.Decode(path, File.ReadAllBytes(full), new DiagnosticBag());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static void PrintFailure(BuildResult result, string outputFolder)
    {
        Console.Error.WriteLine($"Build failed: {Plural.Count(result.ErrorCount, "error")}, {Plural.Count(result.WarningCount, "warning")}. " +
                                $"Nothing was written; {Path.GetFileName(outputFolder)}/ is as it was.");
    }

    public static void PrintSuccess(BuildResult result, string outputFolder, TimeSpan elapsed, bool verbose, int filesChanged)
    {
        var seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        // "3 changed": how many files a sync to the host has to move; the rest kept their bytes and modification times.
        var kept = result.PagesKept > 0 ? $"; {result.PagesKept} pages unchanged since the last build" : "";
        var warnings = Plural.Count(result.WarningCount, "warning");
        CliApp.WriteLine(Markup.Escape($"Built {result.PagesWritten} pages ({result.FilesWritten} files, {filesChanged} changed{kept}) into {outputFolder}/ in {seconds} s: ") +
                         (result.WarningCount > 0 ? $"[yellow]{warnings}[/]" : warnings) + ".");
        if (!verbose) return;
        var table = new Table().AddColumn("phase").AddColumn(new TableColumn("ms").RightAligned());
        foreach (var (phase, time) in result.Timings) table.AddRow(phase, time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
        CliApp.Out.Write(table);
    }
}
