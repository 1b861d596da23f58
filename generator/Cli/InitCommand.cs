using System.ComponentModel;
using ProfileGen.Config;
using ProfileGen.Rendering;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary>
/// <c>profilegen init DIR</c> scaffolds a new site (config, one example profile, .gitignore);
/// <c>profilegen init --templates</c> copies the built-in templates into a site for a designer to change.
/// Never overwrites a file that exists.
/// </summary>
public sealed class InitCommand : Command<InitCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[DIR]")]
        [Description("The folder of the new site (default: the current folder)")]
        public string? Folder { get; init; }

        [CommandOption("--templates")]
        [Description("Copy the built-in templates and assets into DIR/templates/ to change them")]
        public bool Templates { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(settings.Folder ?? Environment.CurrentDirectory);
        var files = settings.Templates ? TemplateFiles() : SiteFiles(Path.GetFileName(folder));
        var existing = files.Keys.Where(f => File.Exists(Path.Combine(folder, f))).ToList();
        if (existing.Count > 0)
        {
            Console.Error.WriteLine($"profilegen: error: {existing.Count} of the files to create already exist in {folder}, for example {existing[0]}; nothing was written.");
            Console.Error.WriteLine(settings.Templates ? "Move or delete templates/ first to get fresh copies." : "Choose an empty folder for a new site.");
            return ExitCodes.ContentErrors;
        }
        foreach (var (path, bytes) in files)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            stream.Write(bytes);
        }
        Console.WriteLine(settings.Templates
            ? $"Copied {files.Count} template files into {Path.Combine(folder, "templates")}. Change them and run 'profilegen build'."
            : $"Created a new site in {folder}. Next: cd {Path.GetRelativePath(Environment.CurrentDirectory, folder)} && profilegen build");
        return ExitCodes.Success;
    }

    private static SortedDictionary<string, byte[]> TemplateFiles() =>
        new(TemplateStore.AllEmbedded().ToDictionary(kv => "templates/" + kv.Key, kv => kv.Value), StringComparer.Ordinal);

    private static SortedDictionary<string, byte[]> SiteFiles(string name)
    {
        static byte[] Text(string s) => System.Text.Encoding.UTF8.GetBytes(s.Replace("\r\n", "\n"));
        return new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [ConfigParser.FileName] = Text($"""
                # ProfileGen site configuration. Every key is optional.
                title: "{name} careers"
                description: "Career profiles: what people do, what they earn and how to become one."
                base_url: "https://example.org/"
                language: "en-US"
                related:
                  count: 5
                pagination:
                  size: 50

                """),
            [".gitignore"] = Text("site-output/\n.profilegen-cache/\n"),
            ["profiles/librarians.md"] = Text("""
                ---
                title: "Librarians and Library Media Specialists"
                date: 2025-09-01
                category: "Education, Training, and Library"
                tags: [libraries, education]
                soc_code: "25-4022"
                employment: 142100
                employment_year: 2024
                median_wage: 64320
                wage_year: 2024
                growth_rate: 2
                growth_period: "2024-34"
                education: "Master's degree"
                key_takeaways:
                  - Librarians help people find information and learn to judge it.
                  - Most positions ask for a master's degree in library science.
                common_names: [Catalog Librarian, School Librarian, Reference Librarian]
                sources:
                  - name: "Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, Librarians and Library Media Specialists"
                    url: https://www.bls.gov/ooh/education-training-and-library/librarians.htm
                ---
                ## What They Do

                Librarians choose what a library holds, organise it so people can find it, and
                help visitors with research, from a child's first library card to a scholar's
                literature search.

                ## How to Become One

                Most librarians hold a master's degree in library science (MLS). School librarians
                often need a teaching certificate as well.

                """),
        };
    }
}
