using System.Globalization;
namespace ProfileGen.Model.Related;
// TEMPORARY: experiment knobs, removed before the end.
internal static class Tuning
{
    public static double Get(string name, double fallback)
    {
        var v = Environment.GetEnvironmentVariable("RT_" + name);
        return v is null ? fallback : double.Parse(v, CultureInfo.InvariantCulture);
    }
}
