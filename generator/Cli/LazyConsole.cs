using Spectre.Console;
using Spectre.Console.Rendering;

namespace ProfileGen.Cli;

/// <summary>
/// The console Spectre prints help and usage errors to, made only when something is printed:
/// detecting the terminal's capabilities took 13 ms of every run, and a build prints through its
/// own writers (<see cref="CliApp.WriteLine"/>).
/// </summary>
internal sealed class LazyConsole(Func<IAnsiConsole> create) : IAnsiConsole
{
    private readonly Lazy<IAnsiConsole> _console = new(create);

    public Profile Profile => _console.Value.Profile;
    public IAnsiConsoleCursor Cursor => _console.Value.Cursor;
    public IAnsiConsoleInput Input => _console.Value.Input;
    public IExclusivityMode ExclusivityMode => _console.Value.ExclusivityMode;
    public RenderPipeline Pipeline => _console.Value.Pipeline;
    public void Clear(bool home) => _console.Value.Clear(home);
    public void Write(IRenderable renderable) => _console.Value.Write(renderable);
    public void WriteAnsi(Action<AnsiWriter> action) => _console.Value.WriteAnsi(action);
}
