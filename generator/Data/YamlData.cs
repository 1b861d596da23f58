using System.Text.RegularExpressions;
using ProfileGen.Content;
using ProfileGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProfileGen.Data;

/// <summary>
/// Reads a YAML data file (YamlDotNet's representation model) into data nodes. Plain scalars are
/// typed as YAML's core schema says (null, true/false, numbers); quoted ones are always text.
/// </summary>
public static partial class YamlData
{
    /// <summary>Aliases let a few lines expand into billions of nodes; a data file never needs more than this.</summary>
    private const int MaxNodes = 2_000_000;

    public static DataNode? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        var yaml = new YamlReader(file, 0, diagnostics);
        if (!yaml.TryParseDocument(text, "the data file", out var root)) return null;
        if (root is null) return new DataScalar(null, ScalarKind.Null, SourcePosition.Start);
        var budget = MaxNodes;
        var node = Convert(root, yaml, ref budget);
        if (budget < 0)
        {
            diagnostics.Add(Diagnostic.Error(file, SourcePosition.Start, $"the data file expands to more than {MaxNodes:N0} values through its aliases",
                "write the values out instead of repeating them with *aliases"));
            return null;
        }
        return node;
    }

    private static DataNode Convert(YamlNode node, YamlReader yaml, ref int budget)
    {
        var at = yaml.At(node);
        if (--budget < 0) return new DataScalar(null, ScalarKind.Null, at);
        switch (node)
        {
            case YamlSequenceNode sequence:
                var items = new List<DataNode>();
                foreach (var item in sequence.Children)
                {
                    items.Add(Convert(item, yaml, ref budget));
                    if (budget < 0) break;
                }
                return new DataList(items, at);
            case YamlMappingNode mapping:
                var entries = new List<DataEntry>();
                foreach (var (key, value) in mapping.Children)
                {
                    entries.Add(new DataEntry((key as YamlScalarNode)?.Value ?? "", yaml.At(key), Convert(value, yaml, ref budget)));
                    if (budget < 0) break;
                }
                return new DataMap(entries, at);
            case YamlScalarNode scalar:
                return Scalar(scalar, at);
            default:
                return new DataScalar(null, ScalarKind.Null, at);
        }
    }

    private static DataScalar Scalar(YamlScalarNode scalar, SourcePosition at)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return new DataScalar(text, ScalarKind.Text, at);
        if (text is "" or "~" or "null" or "Null" or "NULL") return new DataScalar(null, ScalarKind.Null, at);
        if (text is "true" or "True" or "TRUE") return new DataScalar("true", ScalarKind.Boolean, at);
        if (text is "false" or "False" or "FALSE") return new DataScalar("false", ScalarKind.Boolean, at);
        if (CoreNumber().IsMatch(text)) return new DataScalar(text, ScalarKind.Number, at);
        return new DataScalar(text, ScalarKind.Text, at);
    }

    /// <summary>Decimal integers and floats of the YAML 1.2 core schema (not .inf, .nan, octal or hex, which data files do not need).</summary>
    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex CoreNumber();
}
