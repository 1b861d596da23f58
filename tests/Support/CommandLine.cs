namespace ProfileGen.Tests.Support;

/// <summary>Runs the command line in-process, capturing what it prints.</summary>
[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection;

public static class CommandLine
{
    private static readonly Lock ConsoleLock = new();

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var code = ProfileGen.Cli.CliApp.Run(args);
                return (code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}
