namespace ProfileGen.Figures;

/// <summary>
/// The columns of a figure table: <c>soc_code</c>, the figure fields of the content model, and
/// <c>median_wage_hourly</c> (the hourly median beside an annual <c>median_wage</c>, as BLS
/// publishes both). <c>title</c> is for people reading the table and is not used.
/// </summary>
public static class FigureColumns
{
    public const string SocCode = "soc_code";
    public const string Title = "title";
    public const string Employment = "employment";
    public const string EmploymentYear = "employment_year";
    public const string MedianWage = "median_wage";
    public const string MedianWageHourly = "median_wage_hourly";
    public const string WageYear = "wage_year";
    public const string WageUnit = "wage_unit";
    public const string GrowthRate = "growth_rate";
    public const string GrowthPeriod = "growth_period";
    public const string Education = "education";

    /// <summary>In the order <c>profilegen import</c> writes them (it leaves out wage_unit: its median_wage is always annual).</summary>
    public static readonly string[] All =
        [SocCode, Title, Employment, EmploymentYear, MedianWage, MedianWageHourly, WageYear, WageUnit, GrowthRate, GrowthPeriod, Education];
}
