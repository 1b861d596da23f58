using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ProfileGen.Build;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using ProfileGen.Output;

namespace ProfileGen.Tests.Support;

/// <summary>
/// A whole tiny site written inline as "-- path --" blocks (Hugo's integration-test style), built
/// in memory. Paths under profiles/, templates/, static/, data/ and profilegen.yml land where the loader
/// would put them.
/// </summary>
public sealed class TestSite
{
    private static readonly HtmlParser Parser = new();

    public BuildResult Result { get; }
    public MemoryOutput Output { get; }
    public SiteSource Source { get; }

    private TestSite(SiteSource source, BuildResult result, MemoryOutput output)
    {
        Source = source;
        Result = result;
        Output = output;
    }

    public static TestSite Build(string files, BuildOptions? options = null)
    {
        var source = Parse(files);
        var output = new MemoryOutput();
        var result = SiteGenerator.Build(source, options ?? new BuildOptions(), output);
        return new TestSite(source, result, output);
    }

    /// <summary>Builds and asserts the build had no errors, printing them if it had.</summary>
    public static TestSite BuildClean(string files, BuildOptions? options = null)
    {
        var site = Build(files, options);
        Assert.True(site.Result.Succeeded, "build failed:\n" + string.Join("\n", site.Result.Diagnostics));
        return site;
    }

    public static SiteSource Parse(string files)
    {
        var blocks = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new List<string>();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("-- ", StringComparison.Ordinal) && trimmed.EndsWith(" --", StringComparison.Ordinal) && trimmed.Length > 6)
            {
                if (current is not null) blocks[current] = string.Join('\n', text);
                current = trimmed[3..^3].Trim();
                text.Clear();
                continue;
            }
            if (current is not null) text.Add(line);
        }
        if (current is not null) blocks[current] = string.Join('\n', text);

        return new SiteSource
        {
            Config = blocks.TryGetValue("profilegen.yml", out var config) ? new SourceFile("profilegen.yml", config) : null,
            Profiles = blocks.Where(b => b.Key.StartsWith("profiles/", StringComparison.Ordinal)).Select(b => new SourceFile(b.Key, b.Value)).ToList(),
            Templates = blocks.Where(b => b.Key.StartsWith("templates/", StringComparison.Ordinal) && !b.Key.StartsWith("templates/assets/", StringComparison.Ordinal))
                .ToDictionary(b => b.Key["templates/".Length..], b => b.Value),
            Assets = blocks.Where(b => b.Key.StartsWith("templates/assets/", StringComparison.Ordinal))
                .ToDictionary(b => b.Key["templates/assets/".Length..], b => Encoding.UTF8.GetBytes(b.Value)),
            StaticFiles = blocks.Where(b => b.Key.StartsWith("static/", StringComparison.Ordinal))
                .ToDictionary(b => b.Key["static/".Length..], b => Encoding.UTF8.GetBytes(b.Value)),
            DataFiles = blocks.Where(b => b.Key.StartsWith("data/", StringComparison.Ordinal)).Select(b => new SourceFile(b.Key, b.Value)).ToList(),
        };
    }

    public string File(string path)
    {
        var text = Output.Text(path);
        Assert.True(text is not null, $"no file {path}; the build wrote:\n{string.Join("\n", Output.Files.Keys.Order())}");
        return text!;
    }

    /// <summary>Asserts the file holds each fragment, in order.</summary>
    public void AssertFile(string path, params string[] fragments)
    {
        var text = File(path);
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = text.IndexOf(fragment, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{path} should contain \"{fragment}\" (after position {at}); it is:\n{text}");
            at = found + fragment.Length;
        }
    }

    public IDocument Html(string path) => Parser.ParseDocument(File(path));

    public IReadOnlyList<Diagnostic> Errors => Result.Diagnostics.Where(d => d.IsError).ToList();

    public IReadOnlyList<Diagnostic> Warnings => Result.Diagnostics.Where(d => !d.IsError).ToList();
}
