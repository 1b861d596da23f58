using System.ComponentModel;
using ProfileGen.Build;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary>The options of every command that builds the site, in full or to check it.</summary>
public class SiteBuildSettings : SourceSettings
{
    [CommandOption("--base-url <URL>")]
    [Description("The URL the site will live at, e.g. https://example.org/jobs/guide/ (overrides base_url in profilegen.yml)")]
    public string? BaseUrl { get; init; }

    [CommandOption("--drafts")]
    [Description("Include profiles with draft: true")]
    public bool Drafts { get; init; }

    [CommandOption("--strict")]
    [Description("Treat warnings as errors")]
    public bool Strict { get; init; }

    public BuildOptions ToBuildOptions() => new() { BaseUrl = BaseUrl, IncludeDrafts = Drafts, Strict = Strict };
}
