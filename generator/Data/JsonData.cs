using System.Text;
using System.Text.Json;
using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>
/// Reads JSON (System.Text.Json's reader, strict: no comments or trailing commas) into data nodes
/// that remember their line and column, which JsonDocument would forget. Pure.
/// </summary>
public static class JsonData
{
    public static DataNode? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
        var positions = new Utf8Positions(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(Diagnostic.Error(file, SourcePosition.Start, "the file holds no JSON value", "write [] for an empty list"));
                return null;
            }
            var local = new DiagnosticBag();
            var root = Value(ref reader, positions, file, local);
            diagnostics.AddRange(local.Sorted());
            // The reader stops after the first value; anything but white space after it is a mistake.
            if (reader.Read())
            {
                diagnostics.Add(Diagnostic.Error(file, positions.At(reader.TokenStartIndex), "more JSON after the end of the first value",
                    "a data file holds one value; put several in a list: [ ..., ... ]"));
                return null;
            }
            return root;
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? positions.At(line, e.BytePositionInLine ?? 0) : SourcePosition.Start;
            diagnostics.Add(Diagnostic.Error(file, at, $"the file is not valid JSON: {CleanMessage(e.Message)}",
                "check for a missing comma or quote just before this point"));
            return null;
        }
    }

    private static DataNode Value(ref Utf8JsonReader reader, Utf8Positions positions, string file, DiagnosticBag diagnostics)
    {
        var at = positions.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var items = new List<DataNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(Value(ref reader, positions, file, diagnostics));
                return new DataList(items, at);
            case JsonTokenType.StartObject:
                var entries = new List<DataEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keyAt = positions.At(reader.TokenStartIndex);
                    var key = reader.GetString() ?? "";
                    if (entries.Any(e => e.Key == key))
                        diagnostics.Add(Diagnostic.Warning(file, keyAt, $"the key '{key}' appears twice in this object; the later value is used"));
                    reader.Read();
                    entries.Add(new DataEntry(key, keyAt, Value(ref reader, positions, file, diagnostics)));
                }
                return new DataMap(entries, at);
            case JsonTokenType.String:
                return new DataScalar(reader.GetString(), ScalarKind.Text, at);
            case JsonTokenType.Number:
                return new DataScalar(Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.Number, at);
            case JsonTokenType.True:
                return new DataScalar("true", ScalarKind.Boolean, at);
            case JsonTokenType.False:
                return new DataScalar("false", ScalarKind.Boolean, at);
            default:
                return new DataScalar(null, ScalarKind.Null, at);
        }
    }

    /// <summary>System.Text.Json appends "Path: $.x | LineNumber: 0 | BytePositionInLine: 5."; we print positions ourselves.</summary>
    private static string CleanMessage(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
        }
        return message.Trim().TrimEnd('.');
    }
}
