using System.Text.RegularExpressions;
using ProfileGen.Data;
using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>
/// Reads a parsed data file (CSV rows, or a JSON list of objects) as a figure table, checking every
/// cell as front matter is checked: a malformed value is an error at its file, line and column.
/// Pure; problems go to the bag.
/// </summary>
public static partial class FigureTableReader
{
    public static FigureTable Read(string path, DataNode root, DiagnosticBag diagnostics)
    {
        var cells = new CellReader(path, diagnostics);
        if (root is not DataList list)
        {
            cells.Error(root, $"a figure table must be a list of rows, one per SOC code, got {root.Describe()}",
                "a CSV file with a soc_code column, or a JSON list of objects: [{\"soc_code\": \"25-4022\", \"median_wage\": 64320}]");
            return new FigureTable(path, []);
        }

        var rows = new List<FigureRow>();
        var firstLine = new Dictionary<string, FigureRow>(StringComparer.Ordinal);
        var warnedColumns = new HashSet<string>(StringComparer.Ordinal);
        var sawSocColumn = false;
        foreach (var item in list.Items)
        {
            if (item is not DataMap map)
            {
                cells.Error(item, $"each row of a figure table must be an object of columns, got {item.Describe()}");
                continue;
            }
            WarnAboutUnknownColumns(path, map, warnedColumns, diagnostics);
            sawSocColumn |= map.Get(FigureColumns.SocCode) is not null;
            if (Row(map, path, cells, diagnostics) is not { } row) continue;
            if (firstLine.TryGetValue(row.SocCode, out var first))
            {
                diagnostics.Add(Diagnostic.Warning(path, row.At, $"a second row for soc_code {row.SocCode}; the first, at line {first.At.Line}, is used",
                    "keep one row per SOC code; to replace last year's figures, list a newer table after it under 'figures'"));
                continue;
            }
            firstLine[row.SocCode] = row;
            rows.Add(row);
        }
        if (list.Items.Count > 0 && !sawSocColumn)
            diagnostics.Add(Diagnostic.Error(path, list.At, "a figure table needs a soc_code column", "name the column of SOC codes soc_code"));
        return new FigureTable(path, rows);
    }

    private static FigureRow? Row(DataMap map, string path, CellReader cells, DiagnosticBag diagnostics)
    {
        var socNode = map.Get(FigureColumns.SocCode);
        var soc = cells.Text(socNode, FigureColumns.SocCode);
        if (soc is null)
        {
            if (socNode is not null) diagnostics.Add(Diagnostic.Warning(path, socNode.At, "this row has no soc_code; it is skipped"));
            return null;
        }
        if (!SocPattern().IsMatch(soc))
        {
            cells.Error(socNode!, $"'soc_code' must look like 25-4022, got {socNode!.Describe()}");
            return null;
        }

        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
            if (entry.Value is DataScalar { Text: { } t } && t.Trim().Length > 0) positions[entry.Key] = entry.Value.At;

        var unitNode = map.Get(FigureColumns.WageUnit);
        var unit = cells.Text(unitNode, FigureColumns.WageUnit);
        if (unit is not null and not ("year" or "hour"))
        {
            cells.Error(unitNode!, $"'wage_unit' must be 'year' or 'hour', got {unitNode!.Describe()}");
            unit = null;
        }
        var row = new FigureRow
        {
            SocCode = soc,
            Title = cells.Text(map.Get(FigureColumns.Title), FigureColumns.Title),
            Employment = cells.Integer(map.Get(FigureColumns.Employment), FigureColumns.Employment, 0, 1_000_000_000),
            EmploymentYear = (int?)cells.Integer(map.Get(FigureColumns.EmploymentYear), FigureColumns.EmploymentYear, 1900, 2200),
            MedianWage = cells.Number(map.Get(FigureColumns.MedianWage), FigureColumns.MedianWage, 0, 100_000_000),
            MedianWageHourly = cells.Number(map.Get(FigureColumns.MedianWageHourly), FigureColumns.MedianWageHourly, 0, 1_000_000),
            WageYear = (int?)cells.Integer(map.Get(FigureColumns.WageYear), FigureColumns.WageYear, 1900, 2200),
            WageUnit = unit ?? "year",
            GrowthRate = cells.Number(map.Get(FigureColumns.GrowthRate), FigureColumns.GrowthRate, -100, 1000),
            GrowthPeriod = cells.Text(map.Get(FigureColumns.GrowthPeriod), FigureColumns.GrowthPeriod),
            Education = cells.Text(map.Get(FigureColumns.Education), FigureColumns.Education),
            Table = path,
            At = map.At,
            Positions = positions,
        };
        if (row.WageUnit == "hour" && row.MedianWage is not null && row.MedianWageHourly is not null)
            cells.Error(map.Get(FigureColumns.MedianWageHourly)!, "this row gives the hourly wage twice: in median_wage (wage_unit is hour) and in median_wage_hourly",
                "keep one: median_wage for the annual wage and median_wage_hourly for the hourly one");
        return row;
    }

    /// <summary>Once per table and column, so a JSON table with a typo does not warn on every row.</summary>
    private static void WarnAboutUnknownColumns(string path, DataMap map, HashSet<string> warned, DiagnosticBag diagnostics)
    {
        foreach (var entry in map.Entries)
        {
            if (FigureColumns.All.Contains(entry.Key) || !warned.Add(entry.Key)) continue;
            var suggestion = Suggestions.Closest(entry.Key, FigureColumns.All);
            var hint = suggestion is not null ? $"did you mean '{suggestion}'?"
                : IsOohExportColumn(entry.Key) ? "this looks like an OOH export; convert it with: profilegen import ooh FILE --out data/NAME.csv"
                : $"figure tables have the columns {string.Join(", ", FigureColumns.All)}";
            diagnostics.Add(Diagnostic.Warning(path, entry.KeyAt, $"unknown column '{entry.Key}' is ignored", hint));
        }
    }

    private static bool IsOohExportColumn(string column) =>
        column.StartsWith("median_pay_", StringComparison.Ordinal) || column.StartsWith("job_outlook", StringComparison.Ordinal) || column == "entry_level_education";

    [GeneratedRegex(@"^\d{2}-\d{4}(\.\d{2})?$")]
    private static partial Regex SocPattern();
}
