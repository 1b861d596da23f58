namespace ProfileGen.Schema;

/// <summary>
/// One field of a profile's front matter: what it holds, whether it must be there, what it is
/// for, and an example value in YAML. The JSON Schema, the file <c>profilegen new</c> writes and a
/// test against the parser's known fields all come from this one description.
/// </summary>
public sealed record FrontMatterField(string Name, FieldType Type, bool Required, string Description, string Example)
{
    public decimal? Minimum { get; init; }
    public decimal? Maximum { get; init; }

    /// <summary>A regular expression the text must match (JSON Schema <c>pattern</c>).</summary>
    public string? Pattern { get; init; }

    /// <summary>The only values allowed, when there is a fixed set.</summary>
    public IReadOnlyList<string>? Choices { get; init; }
}
