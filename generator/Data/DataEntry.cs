using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>One key of a mapping, with where the key itself was written (for "unknown column" warnings).</summary>
public sealed record DataEntry(string Key, SourcePosition KeyAt, DataNode Value);
