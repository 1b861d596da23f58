using ProfileGen.Schema;
using Spectre.Console.Cli;

namespace ProfileGen.Cli;

/// <summary><c>profilegen schema</c>: prints the JSON Schema of a profile's front matter, for editors.</summary>
public sealed class SchemaCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        Console.Out.Write(ProfileSchema.Generate());
        return ExitCodes.Success;
    }
}
