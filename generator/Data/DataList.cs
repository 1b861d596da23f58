using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>A list: a JSON array, a YAML sequence, or the rows of a CSV file.</summary>
public sealed record DataList(IReadOnlyList<DataNode> Items, SourcePosition At) : DataNode(At)
{
    public override string Describe() => "a list";
}
