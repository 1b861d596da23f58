using System.ComponentModel;
using System.Net;
using System.Net.Sockets;
using ProfileGen.Serve;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary><c>profilegen serve</c>: build the site into memory, serve it, and rebuild and reload open pages on every save.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : SourceSettings
    {
        [CommandOption("-p|--port <PORT>")]
        [Description("The port to listen on. Default: 5080")]
        public int Port { get; init; } = 5080;

        [CommandOption("--bind <ADDRESS>")]
        [Description("The address to listen on. Default: 127.0.0.1 (this computer only); 0.0.0.0 exposes the server to your network")]
        public string Bind { get; init; } = "127.0.0.1";

        [CommandOption("--drafts")]
        [Description("Include profiles with draft: true")]
        public bool Drafts { get; init; }

        public override ValidationResult Validate()
        {
            if (Port is < 0 or > 65535) return ValidationResult.Error($"--port must be between 0 and 65535, got {Port}");
            if (Bind != "localhost" && !IPAddress.TryParse(Bind, out _)) return ValidationResult.Error($"--bind must be an IP address such as 127.0.0.1 or ::1, got '{Bind}'");
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = new ServeOptions { SourceFolder = settings.SourceFolder(), Bind = settings.Bind, Port = settings.Port, IncludeDrafts = settings.Drafts };
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(options, Console.Error, cancellationToken);
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine($"profilegen: error: cannot listen on {settings.Bind}:{settings.Port}: {e.Message}");
            Console.Error.WriteLine("Another program may be using the port; choose another with --port.");
            return ExitCodes.UsageError;
        }

        await using (server)
        {
            CliApp.WriteLine($"Serving [link]{Markup.Escape(server.Url)}[/] — edit profiles/, templates/, static/, data/ or profilegen.yml and open pages update. Ctrl+C stops.");
            if (settings.Bind is not ("127.0.0.1" or "::1" or "localhost"))
                CliApp.WriteLine($"[yellow]Listening on {Markup.Escape(settings.Bind)}: other computers on your network can open this site.[/]");
            try
            {
                await server.Stopped.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
        return ExitCodes.Success;
    }
}
