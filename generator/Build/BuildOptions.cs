namespace ProfileGen.Build;

/// <summary>What the command line says about a build; each value set here overrides profilegen.yml.</summary>
public sealed record BuildOptions
{
    public string? BaseUrl { get; init; }
    public bool IncludeDrafts { get; init; }
    public bool Strict { get; init; }
}
