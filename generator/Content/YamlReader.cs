using System.Globalization;
using ProfileGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ProfileGen.Content;

/// <summary>
/// Reads typed values out of YamlDotNet's node tree, reporting a diagnostic at the node's own
/// line and column when a value has the wrong shape. Shared by front matter and profilegen.yml.
/// </summary>
public sealed class YamlReader(string file, int lineOffset, DiagnosticBag diagnostics)
{
    public string File => file;

    public SourcePosition At(YamlNode node) => At(node.Start);

    public SourcePosition At(Mark mark) => new((int)mark.Line + lineOffset, (int)mark.Column);

    public void Error(YamlNode node, string message, string? hint = null) =>
        diagnostics.Add(Diagnostic.Error(file, At(node), message, hint));

    public void Warning(YamlNode node, string message, string? hint = null) =>
        diagnostics.Add(Diagnostic.Warning(file, At(node), message, hint));

    /// <summary>Parses a YAML document into its root mapping, or reports why it cannot.</summary>
    public YamlMappingNode? ParseMapping(string yaml, string what)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return new YamlMappingNode();
        if (!TryParseDocument(yaml, what, out var root)) return null;
        if (root is null || root is YamlScalarNode { Value: null or "" or "~" or "null" }) return new YamlMappingNode();
        if (root is not YamlMappingNode mapping)
        {
            Error(root, $"{what} must be a list of 'name: value' fields");
            return null;
        }
        return mapping;
    }

    /// <summary>Parses one YAML document of any shape (data files may hold a list); root is null for an empty document.</summary>
    public bool TryParseDocument(string yaml, string what, out YamlNode? root)
    {
        root = null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            if (FirstIndentingTab(yaml) is { } tab)
            {
                diagnostics.Add(Diagnostic.Error(file, new SourcePosition(tab.Line + lineOffset, tab.Column), $"{what} is indented with a tab",
                    "YAML forbids tabs for indentation; indent with spaces"));
                return false;
            }
            var at = At(e.Start);
            var line = LineOf(yaml, (int)e.Start.Line);
            var hint = line.Contains('\t') || e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase)
                ? "YAML forbids tabs for indentation; indent with spaces"
                : e.Message.Contains("quote", StringComparison.OrdinalIgnoreCase) || line.Count(c => c == '"') % 2 == 1
                    ? "a quoted value must end with the same quote it starts with"
                    : "check the indentation and that each field is written as 'name: value'";
            diagnostics.Add(Diagnostic.Error(file, at, $"{what} is not valid YAML: {CleanMessage(e)}", hint));
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException.
            diagnostics.Add(Diagnostic.Error(file, new SourcePosition(1 + lineOffset, 1), $"{what} is not valid YAML",
                "check the quotes, brackets and indentation of each field"));
            return false;
        }
        if (stream.Documents.Count == 0) return true;
        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error(file, At(stream.Documents[1].RootNode), $"{what} holds more than one YAML document", "remove the extra '---' line"));
            return false;
        }
        root = stream.Documents[0].RootNode;
        return true;
    }

    /// <summary>The first tab used as indentation, which YAML forbids and YamlDotNet reports only vaguely.</summary>
    private static SourcePosition? FirstIndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && (line[c] == ' ' || line[c] == '\t'); c++)
                if (line[c] == '\t') return new SourcePosition(i + 1, c + 1);
        }
        return null;
    }

    private static string LineOf(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
    }

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; we print positions ourselves.
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0) message = message[(cut + 3)..];
        return message.TrimEnd('.');
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode s => $"\"{Shorten(s.Value ?? "")}\"",
        _ => "a value",
    };

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    public string? String(YamlNode node, string field)
    {
        if (IsNull(node)) return null;
        if (node is YamlScalarNode scalar) return WithoutControlCharacters(scalar.Value);
        Error(node, $"'{field}' must be a single text value, got {Describe(node)}",
            node is YamlSequenceNode ? $"write one value: {field}: some text" : null);
        return null;
    }

    /// <summary>
    /// Control characters (a NUL from an escape, a stray backspace) are invisible in a page and
    /// unrepresentable in XML, so they are removed from text values; tabs and newlines stay.
    /// </summary>
    public static string? WithoutControlCharacters(string? text)
    {
        if (text is null || !text.Any(IsUnwantedControl)) return text;
        return new string(text.Where(c => !IsUnwantedControl(c)).ToArray());
    }

    private static bool IsUnwantedControl(char c) => char.IsControl(c) && c is not ('\t' or '\n');

    public long? Integer(YamlNode node, string field, long min = long.MinValue, long max = long.MaxValue)
    {
        if (IsNull(node)) return null;
        if (node is not YamlScalarNode { Value: { } text })
        {
            Error(node, $"'{field}' must be a whole number, got {Describe(node)}");
            return null;
        }
        if (!long.TryParse(text.Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            var hint = text.Contains(',') && long.TryParse(text.Replace(",", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var plain)
                ? $"write the number without thousands separators: {field}: {plain}"
                : null;
            Error(node, $"'{field}' must be a whole number, got {Describe(node)}", hint);
            return null;
        }
        if (value < min || value > max)
        {
            Error(node, $"'{field}' is {value}, out of range: it must be between {min} and {max}");
            return null;
        }
        return value;
    }

    public decimal? Number(YamlNode node, string field, decimal min, decimal max)
    {
        if (IsNull(node)) return null;
        if (node is not YamlScalarNode { Value: { } text })
        {
            Error(node, $"'{field}' must be a number, got {Describe(node)}");
            return null;
        }
        if (!decimal.TryParse(text.Replace("_", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var cleaned = text.Replace(",", "").Replace("$", "").Replace("%", "").Trim();
            var hint = decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain)
                ? $"write a plain number: {field}: {plain.ToString(CultureInfo.InvariantCulture)}"
                : null;
            Error(node, $"'{field}' must be a number, got {Describe(node)}", hint);
            return null;
        }
        if (value < min || value > max)
        {
            Error(node, $"'{field}' is {value.ToString(CultureInfo.InvariantCulture)}, out of range: it must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    public bool? Boolean(YamlNode node, string field)
    {
        if (IsNull(node)) return null;
        if (node is YamlScalarNode { Value: { } text })
        {
            switch (text.ToLowerInvariant())
            {
                case "true" or "yes" or "on": return true;
                case "false" or "no" or "off": return false;
            }
        }
        Error(node, $"'{field}' must be true or false, got {Describe(node)}");
        return null;
    }

    public DateOnly? Date(YamlNode node, string field)
    {
        if (IsNull(node)) return null;
        if (node is YamlScalarNode { Value: { } text })
        {
            var trimmed = text.Trim();
            // A date, or a timestamp whose date part is what readers see.
            var datePart = trimmed.Length >= 10 ? trimmed[..10] : trimmed;
            var rest = trimmed.Length > 10 ? trimmed[10..] : "";
            if (DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && (rest.Length == 0 || DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)))
                return date;
        }
        Error(node, $"'{field}' must be a date written as YYYY-MM-DD, got {Describe(node)}", "for example: " + field + ": 2025-04-18");
        return null;
    }

    /// <summary>A list of text values; a single value is accepted as a list of one.</summary>
    public List<(string Value, YamlNode Node)> StringList(YamlNode node, string field)
    {
        var result = new List<(string, YamlNode)>();
        if (IsNull(node)) return result;
        if (node is YamlScalarNode { Value: { } single })
        {
            if (single.Length > 0) result.Add((WithoutControlCharacters(single)!, node));
            return result;
        }
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{field}' must be a list, got {Describe(node)}", $"write one item per line: {field}:\\n  - first\\n  - second");
            return result;
        }
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { } text } && !IsNull(item))
                result.Add((WithoutControlCharacters(text)!, item));
            else if (!IsNull(item))
                Error(item, $"each item of '{field}' must be a single text value, got {Describe(item)}");
        }
        return result;
    }
}
