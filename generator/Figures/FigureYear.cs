using System.Text.RegularExpressions;

namespace ProfileGen.Figures;

/// <summary>The year a growth projection starts from: "2024-34" → 2024, since the projection is as old as its base year.</summary>
public static partial class FigureYear
{
    public static int? FromPeriod(string? period) =>
        period is not null && LeadingYear().Match(period) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?<!\d)(19|20|21)\d{2}(?!\d)")]
    private static partial Regex LeadingYear();
}
