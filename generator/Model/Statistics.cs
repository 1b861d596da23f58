namespace ProfileGen.Model;

/// <summary>
/// Site and category figures, by loops and a selection instead of LINQ's sort: LINQ's sorting and
/// collecting of <c>decimal</c> is generic code the ReadyToRun image cannot hold, so every build
/// compiled a dozen methods of it afresh and ran them unoptimized (30 ms of a 10,000-profile rebuild);
/// <see cref="Selection.Nth"/> is one method, compiled optimized at once (it has loops).
/// </summary>
public static class Statistics
{
    public static decimal? Median(IEnumerable<decimal?> values)
    {
        var present = Present(values, out var count);
        if (count == 0) return null;
        var mid = count / 2;
        var upper = At(present, count, mid);
        return count % 2 == 1 ? upper : (At(present, count, mid - 1) + upper) / 2;
    }

    public static decimal? Mean(IEnumerable<decimal?> values)
    {
        var present = Present(values, out var count);
        if (count == 0) return null;
        var sum = 0m;
        for (var i = 0; i < count; i++) sum += present[i];
        return Math.Round(sum / count, 1);
    }

    private static decimal[] Present(IEnumerable<decimal?> values, out int count)
    {
        var present = new decimal[values is IReadOnlyCollection<decimal?> known ? known.Count : 16];
        count = 0;
        foreach (var value in values)
        {
            if (value is not { } v) continue;
            if (count == present.Length) Array.Resize(ref present, present.Length * 2);
            present[count++] = v;
        }
        return present;
    }

    /// <summary>
    /// The value a stable sort of the first <paramref name="count"/> values would put at <paramref name="k"/>:
    /// equal decimals may differ in scale (5.0 and 5.00), and the one a sort keeps in its place is the one printed.
    /// </summary>
    private static decimal At(decimal[] values, int count, int k)
    {
        var value = Selection.Nth(values[..count], count, k);
        var below = 0;
        for (var i = 0; i < count; i++) if (values[i] < value) below++;
        for (var i = 0; i < count; i++)
            if (values[i] == value && below++ == k) return values[i];
        return value;
    }
}
