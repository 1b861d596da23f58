using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>
/// One row of a figure table: the figures for one SOC code. Empty cells are null. <see cref="Positions"/>
/// holds where each cell was written, so checks can point at the exact cell.
/// </summary>
public sealed record FigureRow
{
    public required string SocCode { get; init; }
    public string? Title { get; init; }
    public long? Employment { get; init; }
    public int? EmploymentYear { get; init; }

    /// <summary>In <see cref="WageUnit"/>: per year unless the row says <c>wage_unit: hour</c>.</summary>
    public decimal? MedianWage { get; init; }

    public decimal? MedianWageHourly { get; init; }
    public int? WageYear { get; init; }
    public string WageUnit { get; init; } = "year";
    public decimal? GrowthRate { get; init; }
    public string? GrowthPeriod { get; init; }
    public string? Education { get; init; }

    /// <summary>The table's site-relative path (<c>data/ooh-2024.csv</c>).</summary>
    public string Table { get; init; } = "";

    /// <summary>Where the row starts.</summary>
    public SourcePosition At { get; init; } = SourcePosition.Start;

    /// <summary>Where each non-empty cell was written, by column name.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>();

    /// <summary>The annual median, when the row has one.</summary>
    public decimal? AnnualWage => WageUnit == "hour" ? null : MedianWage;

    /// <summary>The hourly median: its own column, or median_wage when the row's unit is hour.</summary>
    public decimal? HourlyWage => MedianWageHourly ?? (WageUnit == "hour" ? MedianWage : null);

    public SourcePosition PositionOf(params string[] columns)
    {
        foreach (var column in columns)
            if (Positions.TryGetValue(column, out var at)) return at;
        return At;
    }
}
