using System.Globalization;
using System.Text.RegularExpressions;
using ProfileGen.Data;
using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>
/// Turns a BLS Occupational Outlook Handbook export (the shape of ooh_occupations.json, or its flat
/// CSV) into figure-table rows. Pure: the command reads and writes the files.
/// <list type="bullet">
/// <item>median_pay_annual → median_wage, median_pay_hourly → median_wage_hourly, median_pay_year → wage_year</item>
/// <item>employment, employment_year → the same; the CSV's employment_2024 column gives both</item>
/// <item>job_outlook_pct → growth_rate; projection_period → growth_period, or "2024-34" from the CSV's employment_2024 and projected_employment_2034 columns</item>
/// <item>entry_level_education → education, except BLS's "See How to Become One", which is not an education level</item>
/// </list>
/// Records without a SOC code are skipped. When several records share a SOC code, the one with the
/// largest employment is kept (the code's main occupation, as BLS picks a profile's code), the first
/// of them on a tie, so the same input always gives the same table.
/// </summary>
public static partial class OohImport
{
    public const string NotAnEducation = "See How to Become One";

    public static OohImportResult Convert(string file, DataNode root, int? wageYear, DiagnosticBag diagnostics)
    {
        var cells = new CellReader(file, diagnostics);
        if (root is not DataList list)
        {
            cells.Error(root, $"an OOH export is a list of occupations, got {root.Describe()}", "use ooh_occupations.json (a JSON list) or ooh_occupations.csv");
            return new OohImportResult([], [], 0, 0);
        }

        var rows = new List<FigureRow>();
        var skipped = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is not DataMap record)
            {
                cells.Error(item, $"each occupation must be an object, got {item.Describe()}");
                continue;
            }
            var title = cells.Text(record.Get("title"), "title");
            var socNode = record.Get("soc_code");
            var soc = cells.Text(socNode, "soc_code");
            if (soc is null)
            {
                skipped.Add(title ?? $"the record at line {record.At.Line}");
                continue;
            }
            if (!SocPattern().IsMatch(soc))
            {
                cells.Error(socNode!, $"'soc_code' must look like 25-4022, got {socNode!.Describe()}");
                continue;
            }
            rows.Add(Row(record, soc, title, wageYear, cells));
        }

        // One row per SOC code: the largest employment wins, the first on a tie (OrderBy is stable).
        var kept = rows
            .GroupBy(r => r.SocCode, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.Employment ?? -1).First())
            .OrderBy(r => r.SocCode, StringComparer.Ordinal)
            .ToList();
        return new OohImportResult(kept, skipped, rows.Count - kept.Count, kept.Count(r => (r.MedianWage ?? r.MedianWageHourly) is not null && r.WageYear is null));
    }

    private static FigureRow Row(DataMap record, string soc, string? title, int? wageYear, CellReader cells)
    {
        var (employmentNode, employmentColumn, employmentYearFromName) = Employment(record);
        var projectedYear = record.Entries.Select(e => YearSuffix("projected_employment_", e.Key)).OfType<int>().FirstOrDefault();
        var period = cells.Text(record.Get("projection_period"), "projection_period")
                     ?? (employmentYearFromName is { } from && projectedYear > from ? $"{from}-{projectedYear % 100:00}" : null);
        var education = cells.Text(record.Get("entry_level_education"), "entry_level_education");
        return new FigureRow
        {
            SocCode = soc,
            Title = title,
            Employment = cells.Integer(employmentNode, employmentColumn, 0, 1_000_000_000),
            EmploymentYear = (int?)cells.Integer(record.Get("employment_year"), "employment_year", 1900, 2200) ?? employmentYearFromName,
            MedianWage = cells.Number(record.Get("median_pay_annual"), "median_pay_annual", 0, 100_000_000),
            MedianWageHourly = cells.Number(record.Get("median_pay_hourly"), "median_pay_hourly", 0, 1_000_000),
            WageYear = (int?)cells.Integer(record.Get("median_pay_year"), "median_pay_year", 1900, 2200) ?? wageYear,
            GrowthRate = cells.Number(record.Get("job_outlook_pct"), "job_outlook_pct", -100, 1000),
            GrowthPeriod = period,
            Education = education == NotAnEducation ? null : education,
        };
    }

    /// <summary>The employment column: <c>employment</c>, or the flat export's <c>employment_2024</c>, whose name gives the year.</summary>
    private static (DataNode? Node, string Column, int? Year) Employment(DataMap record)
    {
        if (record.Get("employment") is { } plain) return (plain, "employment", null);
        foreach (var entry in record.Entries)
            if (YearSuffix("employment_", entry.Key) is { } year) return (entry.Value, entry.Key, year);
        return (null, "employment", null);
    }

    private static int? YearSuffix(string prefix, string column) =>
        column.StartsWith(prefix, StringComparison.Ordinal) && column.Length == prefix.Length + 4
        && int.TryParse(column.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    [GeneratedRegex(@"^\d{2}-\d{4}(\.\d{2})?$")]
    private static partial Regex SocPattern();
}
