using ProfileGen.Config;
using ProfileGen.Data;
using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>The figure tables profilegen.yml names under <c>figures</c>, read from the site's parsed data files, in the order listed.</summary>
public static class FigureTables
{
    public static IReadOnlyList<FigureTable> Load(SiteConfig config, DataSet data, DiagnosticBag diagnostics)
    {
        var tables = new List<FigureTable>();
        for (var i = 0; i < config.Figures.Count; i++)
        {
            var path = Normalize(config.Figures[i]);
            var at = config.Positions.GetValueOrDefault($"figures[{i}]", SourcePosition.Start);
            if (!path.StartsWith("data/", StringComparison.Ordinal) || Path.GetExtension(path).ToLowerInvariant() is not (".csv" or ".json"))
            {
                diagnostics.Add(Diagnostic.Error("profilegen.yml", at, $"the figure table '{config.Figures[i]}' must be a .csv or .json file in data/",
                    data.ByPath.ContainsKey("data/" + path) ? $"did you mean 'data/{path}'?" : "for example: figures: [data/ooh-2024.csv]"));
                continue;
            }
            if (data.ByPath.TryGetValue(path, out var root)) tables.Add(FigureTableReader.Read(path, root, diagnostics));
            else if (!data.Files.Contains(path))
            {
                var suggestion = Suggestions.Closest(path, data.Files);
                diagnostics.Add(Diagnostic.Error("profilegen.yml", at, $"the figure table '{config.Figures[i]}' does not exist",
                    suggestion is null ? "create it with: profilegen import ooh FILE --out " + path : $"did you mean '{suggestion}'?"));
            }
            // A table that exists but did not parse has had its own error already.
        }
        return tables;
    }

    private static string Normalize(string path)
    {
        path = path.Trim().Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        return path;
    }
}
