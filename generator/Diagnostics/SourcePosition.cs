namespace ProfileGen.Diagnostics;

/// <summary>A 1-based line and column inside a source file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition Start = new(1, 1);
}
