using ProfileGen.Build;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary>The command line: a thin edge that parses arguments, calls the pipeline and returns an exit code.</summary>
public static class CliApp
{
    private static readonly (string Name, Action<IConfigurator> Add)[] Commands =
    [
        ("build", config => config.AddCommand<BuildCommand>("build")
            .WithDescription("Build the site into site-output/ (or --output).")
            .WithExample("build")
            .WithExample("build", "--source", "my-site", "--base-url", "https://example.org/careers/")),
        ("serve", config => config.AddCommand<ServeCommand>("serve")
            .WithDescription("Serve the site at http://127.0.0.1:5080/, rebuilding and reloading open pages on every save.")
            .WithExample("serve")
            .WithExample("serve", "--port", "8080", "--drafts")),
        ("check", config => config.AddCommand<CheckCommand>("check")
            .WithDescription("Check the site without writing it: everything build checks, plus broken internal links and duplicate titles.")
            .WithExample("check")),
        ("new", config => config.AddCommand<NewCommand>("new")
            .WithDescription("Start a new profile: writes profiles/<slug>.md with every front-matter field, commented.")
            .WithExample("new", "\"Data Scientists\"", "--category", "\"Computer and Information Technology\"")),
        ("schema", config => config.AddCommand<SchemaCommand>("schema")
            .WithDescription("Print the JSON Schema of a profile's front matter, for editors.")
            .WithExample("schema")),
        ("import", config => config.AddCommand<ImportCommand>("import")
            .WithDescription("Write a figure table from an agency export: import ooh FILE --out data/NAME.csv").WithExample("import", "ooh", "ooh_occupations.json", "--out", "data/ooh-2024.csv")),
        ("init", config => config.AddCommand<InitCommand>("init")
            .WithDescription("Create a new site in DIR, or copy the built-in templates into it with --templates.")
            .WithExample("init", "my-site")
            .WithExample("init", "my-site", "--templates")),
    ];

    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("profilegen");
            config.SetApplicationVersion(SiteGenerator.Version);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.ConfigureConsole(new LazyConsole(() => Out));
            // Spectre builds its model of every registered command by reflection before it runs one (20 ms of
            // every run): a command named first on the command line is registered alone. Anything else (no
            // command, a misspelled one, --help) registers them all, so help and suggestions list every one.
            var named = args.Length > 0 ? Array.Find(Commands, c => c.Name == args[0]) : default;
            foreach (var (_, add) in named.Add is null ? Commands : [named]) add(config);
        });
        try
        {
            return app.Run(args);
        }
        catch (CommandAppException e)
        {
            Console.Error.WriteLine($"profilegen: {e.Message}");
            Console.Error.WriteLine("Run 'profilegen --help' for usage.");
            return ExitCodes.UsageError;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"profilegen: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception e)
        {
            // Never a stack trace: an unexpected exception is a bug, reported as one.
            Console.Error.WriteLine($"profilegen: internal error: {e.GetType().Name}: {e.Message}");
            Console.Error.WriteLine("This is a bug in ProfileGen. Please report it with the command you ran.");
            return ExitCodes.ContentErrors;
        }
    }

    /// <summary>Whether to print plain lines only: no terminal, or CI=true.</summary>
    public static bool PlainOutput =>
        Console.IsOutputRedirected || Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false" && ci != "0"
        || Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };

    /// <summary>
    /// Writes one line of Spectre markup: on a terminal with its colours and links, in a log (no terminal,
    /// CI) as plain text on one line, since Spectre lays text out at 80 columns when it has no terminal
    /// to measure and a long path would break the line.
    /// </summary>
    public static void WriteLine(string markup)
    {
        if (PlainOutput) Console.Out.WriteLine(Markup.Remove(markup));
        else Out.MarkupLine(markup);
    }

    /// <summary>A console over the current standard output: plain in CI, coloured on a terminal.</summary>
    internal static IAnsiConsole Out => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = PlainOutput ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = PlainOutput ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        Out = new AnsiConsoleOutput(Console.Out),
    });
}
