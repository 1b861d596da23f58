using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>One field of a CSV record: its text (quotes removed, doubled quotes undone) and where it starts.</summary>
public readonly record struct CsvField(string Text, SourcePosition At, bool Quoted);
