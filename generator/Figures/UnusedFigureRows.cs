using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>Rows of a figure table whose SOC code no profile uses: figures a maintainer may have expected on the site.</summary>
public static class UnusedFigureRows
{
    public static IReadOnlyList<Diagnostic> Find(IReadOnlyList<FigureTable> tables, IEnumerable<string?> socCodesInUse)
    {
        var used = socCodesInUse.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return tables
            .SelectMany(t => t.Rows)
            .Where(r => !used.Contains(r.SocCode))
            .Select(r => Diagnostic.Warning(r.Table, r.At, $"no profile has soc_code {r.SocCode}{(r.Title is null ? "" : $" ({r.Title})")}; this row is not used",
                "add a profile with this soc_code, or remove the row if the site does not cover it"))
            .ToList();
    }
}
