using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>
/// One value of a data file (CSV, JSON or YAML) with the line and column it was written at, so
/// that whatever reads it later (figure tables, the importer) can name the exact cell of a mistake.
/// </summary>
public abstract record DataNode(SourcePosition At)
{
    /// <summary>How a diagnostic quotes the value: <c>"lots"</c>, <c>a list</c>, <c>a mapping</c>.</summary>
    public abstract string Describe();
}
