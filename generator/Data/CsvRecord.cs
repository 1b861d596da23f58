namespace ProfileGen.Data;

/// <summary>One CSV record (a line, unless a quoted field holds line breaks): its first line and its fields.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<CsvField> Fields);
