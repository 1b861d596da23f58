using ProfileGen.Content;
using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>Parses one data file by its extension: .csv, .json, .yml or .yaml.</summary>
public static class DataFileParser
{
    public static readonly string[] Extensions = [".csv", ".json", ".yml", ".yaml"];

    public static bool IsDataFile(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static DataNode? Parse(SourceFile file, DiagnosticBag diagnostics) => Path.GetExtension(file.Path).ToLowerInvariant() switch
    {
        ".csv" => CsvRows.Parse(file.Path, file.Text, diagnostics),
        ".json" => JsonData.Parse(file.Path, file.Text, diagnostics),
        ".yml" or ".yaml" => YamlData.Parse(file.Path, file.Text, diagnostics),
        _ => Unsupported(file, diagnostics),
    };

    private static DataNode? Unsupported(SourceFile file, DiagnosticBag diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(file.Path, SourcePosition.Start, "ProfileGen reads data files ending in .csv, .json, .yml or .yaml"));
        return null;
    }
}
