using System.ComponentModel;
using System.Globalization;
using System.Text;
using ProfileGen.Model;
using ProfileGen.Schema;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary><c>profilegen new "Job Title"</c>: writes profiles/&lt;slug&gt;.md with every front-matter field, never over an existing file.</summary>
public sealed class NewCommand : Command<NewCommand.Settings>
{
    public sealed class Settings : SourceSettings
    {
        [CommandArgument(0, "<TITLE>")]
        [Description("The career's title, e.g. \"Data Scientists\"; the file name is made from it")]
        public string Title { get; init; } = "";

        [CommandOption("-c|--category <CATEGORY>")]
        [Description("The occupational group. Default: Uncategorized")]
        public string? Category { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Title)) return ValidationResult.Error("the title must not be empty");
            if (Category is not null && string.IsNullOrWhiteSpace(Category)) return ValidationResult.Error("--category must not be empty");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var title = settings.Title.Trim();
        var slug = Slug.From(title);
        var relative = $"profiles/{slug}.md";
        var path = Path.Combine(settings.SourceFolder(), "profiles", slug + ".md");
        // An authoring command, not the build: today's date is what the author means by "date".
        var today = DateOnly.FromDateTime(DateTime.Now);
        var text = NewProfile.Text(title, settings.Category?.Trim() ?? "Uncategorized", today);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            Console.Error.WriteLine($"profilegen: error: {relative} already exists; refusing to overwrite it. Edit that file, or choose another title.");
            return ExitCodes.ContentErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"profilegen: error: cannot write {relative}: {e.Message}");
            return ExitCodes.ContentErrors;
        }
        CliApp.WriteLine(Markup.Escape($"Created {relative} ({title}, {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}). Fill in the fields, then run profilegen serve to see it."));
        return ExitCodes.Success;
    }
}
