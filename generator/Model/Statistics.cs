namespace ProfileGen.Model;

/// <summary>
/// Site and category figures. Plain loops over <c>decimal</c>: LINQ's sorting and collecting over a
/// value type from another assembly is generic code the ReadyToRun image cannot hold, so every
/// build compiled it afresh, and ran it unoptimized (30 ms of a 10,000-profile rebuild).
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
        var value = Select(values[..count], count, k);
        var below = 0;
        for (var i = 0; i < count; i++) if (values[i] < value) below++;
        for (var i = 0; i < count; i++)
            if (values[i] == value && below++ == k) return values[i];
        return value;
    }

    /// <summary>The value that would stand at <paramref name="k"/> if the first <paramref name="count"/> values were sorted (quickselect; reorders them).</summary>
    private static decimal Select(decimal[] values, int count, int k)
    {
        var (left, right) = (0, count - 1);
        while (left < right)
        {
            var pivot = values[left + (right - left) / 2];
            var (i, j) = (left, right);
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i > j) break;
                (values[i], values[j]) = (values[j], values[i]);
                i++;
                j--;
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return values[k];
        }
        return values[k];
    }
}
