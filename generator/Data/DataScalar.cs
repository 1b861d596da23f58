using System.Globalization;
using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>A single value. <see cref="Text"/> is the value as written (a number's own digits), null only for a null.</summary>
public sealed record DataScalar(string? Text, ScalarKind Kind, SourcePosition At) : DataNode(At)
{
    public override string Describe()
    {
        if (Text is null) return "null";
        var text = Text.Length > 40 ? Text[..40] + "…" : Text;
        return Kind is ScalarKind.Number or ScalarKind.Boolean ? text : $"\"{text}\"";
    }

    /// <summary>The value as templates see it: text, a whole number (long), a decimal, true/false or null.</summary>
    public object? Value() => Kind switch
    {
        ScalarKind.Null => null,
        ScalarKind.Boolean => string.Equals(Text, "true", StringComparison.OrdinalIgnoreCase),
        ScalarKind.Number when long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole,
        ScalarKind.Number when decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        ScalarKind.Number when double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var big) => big,
        _ => Text,
    };
}
