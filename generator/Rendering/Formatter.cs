using System.Globalization;

namespace ProfileGen.Rendering;

/// <summary>
/// Numbers and dates in the site's language ("142,100", "$64,320", "December 11, 2025"), never in
/// the machine's locale or time zone.
/// </summary>
public sealed class Formatter
{
    private readonly CultureInfo _culture;
    private readonly NumberFormatInfo _money;

    public Formatter(string language)
    {
        _culture = CultureInfo.GetCultureInfo(language);
        _money = (NumberFormatInfo)_culture.NumberFormat.Clone();
        _money.CurrencySymbol = "$"; // the figures are US dollars whatever the site's language
    }

    public CultureInfo Culture => _culture;

    public string Number(object? value) => ToDecimal(value) is { } d ? d.ToString(d == decimal.Truncate(d) ? "N0" : "N1", _culture) : "";

    /// <summary>Whole dollars for annual wages; cents when the amount has them (hourly wages).</summary>
    public string Money(object? value)
    {
        if (ToDecimal(value) is not { } d) return "";
        return d.ToString(d == decimal.Truncate(d) ? "C0" : "C2", _money);
    }

    /// <summary>A growth rate with its sign: "+5%", "-3%", "0%".</summary>
    public string Percent(object? value)
    {
        if (ToDecimal(value) is not { } d) return "";
        var sign = d > 0 ? "+" : d < 0 ? "−" : "";
        return sign + Math.Abs(d).ToString(d == decimal.Truncate(d) ? "0" : "0.#", _culture) + "%";
    }

    public string Date(object? value)
    {
        var date = value switch
        {
            DateTime dt => DateOnly.FromDateTime(dt),
            DateOnly d => d,
            DateTimeOffset o => DateOnly.FromDateTime(o.UtcDateTime),
            string s when DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => (DateOnly?)null,
        };
        if (date is not { } day) return "";
        var pattern = _culture.TwoLetterISOLanguageName == "en" ? "MMMM d, yyyy" : _culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", "").Replace("dddd ", "");
        return day.ToString(pattern, _culture);
    }

    /// <summary>ISO 8601 date, for machines (datetime attributes, sitemaps).</summary>
    public static string IsoDate(object? value) => value switch
    {
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "",
    };

    public static decimal? ToDecimal(object? value) => value switch
    {
        null => null,
        decimal d => d,
        int i => i,
        long l => l,
        double f when double.IsFinite(f) => (decimal)f,
        float f when float.IsFinite(f) => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
