using System.Numerics;

namespace ProfileGen.Model;

/// <summary>Order statistics without sorting: a median wage, the cut-off of a term's strongest postings.</summary>
internal static class Selection
{
    /// <summary>
    /// The value that would stand at <paramref name="k"/> if the first <paramref name="count"/> values
    /// were sorted in ascending order (Hoare's quickselect, linear on average; reorders them).
    /// </summary>
    public static T Nth<T>(T[] values, int count, int k) where T : IComparisonOperators<T, T, bool>
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
