using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary>The option every command that reads a site shares.</summary>
public class SourceSettings : CommandSettings
{
    [CommandOption("-s|--source <DIR>")]
    [Description("The site folder (holds profiles/, optional templates/, static/, profilegen.yml). Default: the current folder")]
    public string? Source { get; init; }

    public string SourceFolder() => Path.GetFullPath(Source ?? Environment.CurrentDirectory);

    public override ValidationResult Validate()
    {
        if (Source is not null && !Directory.Exists(Source))
            return ValidationResult.Error($"the source folder '{Source}' does not exist");
        return ValidationResult.Success();
    }
}
