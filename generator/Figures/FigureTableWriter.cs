using System.Globalization;
using System.Text;

namespace ProfileGen.Figures;

/// <summary>
/// Writes figure rows as a figure table in CSV: a header, one row per SOC code sorted by code,
/// numbers in the invariant culture without needless trailing zeros, "\n" line endings. The same
/// rows always give the same bytes, so a refreshed table diffs cleanly in git.
/// </summary>
public static class FigureTableWriter
{
    public static readonly string[] Columns =
    [
        FigureColumns.SocCode, FigureColumns.Title, FigureColumns.Employment, FigureColumns.EmploymentYear, FigureColumns.MedianWage,
        FigureColumns.MedianWageHourly, FigureColumns.WageYear, FigureColumns.GrowthRate, FigureColumns.GrowthPeriod, FigureColumns.Education,
    ];

    public static string Write(IEnumerable<FigureRow> rows)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', Columns)).Append('\n');
        foreach (var row in rows.OrderBy(r => r.SocCode, StringComparer.Ordinal))
        {
            // Rows hold annual wages in median_wage; an hourly-unit row's wage goes to median_wage_hourly.
            string?[] fields =
            [
                row.SocCode, row.Title, Number(row.Employment), Number(row.EmploymentYear), Number(row.AnnualWage),
                Number(row.HourlyWage), Number(row.WageYear), Number(row.GrowthRate), row.GrowthPeriod, row.Education,
            ];
            text.Append(string.Join(',', fields.Select(Field))).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>RFC 4180: quote a field that holds a comma, a quote, a line break or edge spaces, doubling its quotes.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return quote ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string? Number(decimal? value) => value?.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
