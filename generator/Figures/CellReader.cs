using System.Globalization;
using ProfileGen.Data;
using ProfileGen.Diagnostics;

namespace ProfileGen.Figures;

/// <summary>
/// Reads typed values out of data-file cells, reporting a diagnostic at the cell's own line and
/// column when a value has the wrong shape; the data-file counterpart of YamlReader. Empty cells
/// and nulls are "no value", never an error.
/// </summary>
public sealed class CellReader(string file, DiagnosticBag diagnostics)
{
    public string File => file;

    public void Error(DataNode node, string message, string? hint = null) => diagnostics.Add(Diagnostic.Error(file, node.At, message, hint));

    public string? Text(DataNode? node, string field)
    {
        switch (node)
        {
            case null:
                return null;
            case DataScalar { Text: { } text } when text.Trim().Length > 0:
                return text.Trim();
            case DataScalar:
                return null;
            default:
                Error(node, $"'{field}' must be a single value, got {node.Describe()}");
                return null;
        }
    }

    public long? Integer(DataNode? node, string field, long min, long max)
    {
        var value = Number(node, field, min, max, whole: true);
        return value is null ? null : (long)value.Value;
    }

    public decimal? Number(DataNode? node, string field, decimal min, decimal max) => Number(node, field, min, max, whole: false);

    private decimal? Number(DataNode? node, string field, decimal min, decimal max, bool whole)
    {
        var kind = whole ? "a whole number" : "a number";
        if (node is DataScalar { Kind: ScalarKind.Boolean })
        {
            Error(node, $"'{field}' must be {kind}, got {node.Describe()}");
            return null;
        }
        var text = Text(node, field);
        if (text is null) return null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            || (whole && value != decimal.Truncate(value)))
        {
            var cleaned = text.Replace(",", "").Replace("$", "").Replace("%", "").Trim();
            var hint = decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain)
                       && (!whole || plain == decimal.Truncate(plain))
                ? $"write a plain number without thousands separators or symbols: {plain.ToString(CultureInfo.InvariantCulture)}"
                : null;
            Error(node!, $"'{field}' must be {kind}, got {node!.Describe()}", hint);
            return null;
        }
        if (value < min || value > max)
        {
            Error(node!, $"'{field}' is {value.ToString(CultureInfo.InvariantCulture)}, out of range: it must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }
}
