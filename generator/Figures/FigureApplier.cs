using ProfileGen.Content;
using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>
/// Fills each profile's figures from the figure tables, by its soc_code, between Parse and Model.
/// Front matter wins: a figure group (employment with employment_year, median_wage with wage_year,
/// growth_rate with growth_period, education) that front matter writes any field of stays as
/// written, so a figure never travels with another source's year. For the rest, the last table
/// with a value for the group wins, so a new year's table can be layered over last year's. Every
/// figure gets a <see cref="FigureSource"/>. Pure: new records, problems to the bag.
/// </summary>
public static class FigureApplier
{
    /// <summary>Each profile with its figures, in the same order; on every core (a profile's are independent of the others').</summary>
    public static List<ParsedProfile> Apply(IReadOnlyList<ParsedProfile> profiles, IReadOnlyList<FigureTable> tables, DiagnosticBag diagnostics)
    {
        var applied = new ParsedProfile[profiles.Count];
        Parallel.For(0, applied.Length, i => applied[i] = Apply(profiles[i], tables, diagnostics));
        return [.. applied];
    }

    public static ParsedProfile Apply(ParsedProfile profile, IReadOnlyList<FigureTable> tables, DiagnosticBag diagnostics)
    {
        var m = profile.Meta;
        var rows = m.SocCode is { } soc && tables.Count > 0 ? tables.Select(t => t.Find(soc)).OfType<FigureRow>().ToList() : [];
        if (m.SocCode is not null && tables.Count > 0 && rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(profile.File, m.Positions.GetValueOrDefault("soc_code", SourcePosition.Start),
                $"no figure table has a row for soc_code {m.SocCode}; the page shows only the figures in its front matter",
                $"add a row for {m.SocCode} to {tables[^1].Path}, or check the code"));
        }

        var sources = new Dictionary<string, FigureSource>(StringComparer.Ordinal);
        FigureSource FromFrontMatter(int? year, string field, string? orField = null)
        {
            // Where the figure's year is written, else the figure itself.
            var at = m.Positions.GetValueOrDefault(field);
            if (at.Line <= 0 && orField is not null) at = m.Positions.GetValueOrDefault(orField);
            return new(FigureSource.FrontMatter, year, profile.File, at.Line > 0 ? at : SourcePosition.Start);
        }
        FigureSource FromTable(FigureRow row, int? year, params string[] columns) => new(row.Table, year, row.Table, row.PositionOf(columns));

        if (Writes(m, "employment", "employment_year"))
        {
            if (m.Employment is not null) sources["employment"] = FromFrontMatter(m.EmploymentYear, "employment_year", "employment");
        }
        else if (rows.LastOrDefault(r => r.Employment is not null) is { } row)
        {
            m = m with { Employment = row.Employment, EmploymentYear = row.EmploymentYear };
            sources["employment"] = FromTable(row, row.EmploymentYear, FigureColumns.EmploymentYear, FigureColumns.Employment);
        }

        if (Writes(m, "median_wage", "wage_year"))
        {
            if (m.MedianWage is not null) sources["median_wage"] = FromFrontMatter(m.WageYear, "wage_year", "median_wage");
        }
        else if (rows.LastOrDefault(r => r.AnnualWage is not null || r.HourlyWage is not null) is { } row)
        {
            // The unit front matter asks for (wage_unit: hour), else annual; the other when the row has only that one.
            var hourly = m.Positions.ContainsKey("wage_unit") && m.WageUnit == "hour" ? row.HourlyWage is not null : row.AnnualWage is null;
            m = m with { MedianWage = hourly ? row.HourlyWage : row.AnnualWage, WageUnit = hourly ? "hour" : "year", WageYear = row.WageYear };
            sources["median_wage"] = FromTable(row, row.WageYear, FigureColumns.WageYear, hourly ? FigureColumns.MedianWageHourly : FigureColumns.MedianWage, FigureColumns.MedianWage);
        }

        if (Writes(m, "growth_rate", "growth_period"))
        {
            if (m.GrowthRate is not null) sources["growth_rate"] = FromFrontMatter(FigureYear.FromPeriod(m.GrowthPeriod), "growth_period", "growth_rate");
        }
        else if (rows.LastOrDefault(r => r.GrowthRate is not null) is { } row)
        {
            m = m with { GrowthRate = row.GrowthRate, GrowthPeriod = row.GrowthPeriod };
            sources["growth_rate"] = FromTable(row, FigureYear.FromPeriod(row.GrowthPeriod), FigureColumns.GrowthPeriod, FigureColumns.GrowthRate);
        }

        if (Writes(m, "education"))
        {
            if (m.Education is not null) sources["education"] = FromFrontMatter(null, "education");
        }
        else if (rows.LastOrDefault(r => r.Education is not null) is { } row)
        {
            m = m with { Education = row.Education };
            sources["education"] = FromTable(row, null, FigureColumns.Education);
        }

        return profile with { Meta = m with { FigureSources = sources } };
    }

    /// <summary>Whether front matter writes any field of a figure group, even as an empty value (which hides the table's figure on purpose).</summary>
    private static bool Writes(ProfileFrontMatter meta, string field, string? orField = null) =>
        meta.Positions.ContainsKey(field) || (orField is not null && meta.Positions.ContainsKey(orField));
}
