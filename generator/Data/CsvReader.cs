using System.Text;
using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>
/// Splits CSV text into records as RFC 4180 defines them: comma-separated fields; a field in double
/// quotes may hold commas, line breaks and doubled quotes (<c>""</c> for one quote); records end at
/// CRLF, LF or a lone CR. Our own small reader because no CSV package is available, and because
/// every field must carry its line and column for diagnostics. Pure: problems go to the bag.
/// </summary>
public static class CsvReader
{
    /// <summary>The records of the text, blank lines skipped; null after a syntax error (reported at its position), since what follows it cannot be trusted.</summary>
    public static IReadOnlyList<CsvRecord>? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var cursor = new Cursor(text);
        if (cursor.Peek == '\uFEFF') cursor.Advance(); // a byte order mark is not part of the first header
        var records = new List<CsvRecord>();
        var fields = new List<CsvField>();
        var recordLine = cursor.Line;
        while (!cursor.AtEnd)
        {
            var field = cursor.Peek == '"' ? Quoted(file, cursor, diagnostics) : Unquoted(file, cursor, diagnostics);
            if (field is null) return null;
            fields.Add(field.Value);

            if (cursor.Peek == ',')
            {
                cursor.Advance();
                if (cursor.AtEnd) fields.Add(new CsvField("", cursor.Position, false)); // "a,b," ends with an empty field
                continue;
            }
            cursor.SkipLineBreak();
            // A blank line is a record of one empty field; it carries nothing, so it is skipped.
            if (!(fields.Count == 1 && fields[0] is { Text: "", Quoted: false })) records.Add(new CsvRecord(recordLine, fields));
            fields = [];
            recordLine = cursor.Line;
        }
        if (fields.Count > 0) records.Add(new CsvRecord(recordLine, fields));
        return records;
    }

    private static CsvField? Quoted(string file, Cursor cursor, DiagnosticBag diagnostics)
    {
        var start = cursor.Position;
        cursor.Advance(); // the opening quote
        var text = new StringBuilder();
        while (true)
        {
            if (cursor.AtEnd)
            {
                diagnostics.Add(Diagnostic.Error(file, start, "this quoted field is never closed",
                    "end the field with a double quote; a quote inside a field is written twice: \"5\"\" tall\""));
                return null;
            }
            var c = cursor.Peek;
            if (c == '"')
            {
                cursor.Advance();
                if (cursor.Peek == '"')
                {
                    text.Append('"');
                    cursor.Advance();
                    continue;
                }
                break;
            }
            text.Append(c);
            cursor.Advance();
        }
        if (!cursor.AtEnd && cursor.Peek != ',' && !cursor.AtLineBreak)
        {
            diagnostics.Add(Diagnostic.Error(file, cursor.Position, $"unexpected '{cursor.Peek}' after the closing quote of a field",
                "a quoted field ends at its closing quote; a quote inside a field is written twice: \"5\"\" tall\""));
            return null;
        }
        return new CsvField(text.ToString(), start, true);
    }

    private static CsvField? Unquoted(string file, Cursor cursor, DiagnosticBag diagnostics)
    {
        var start = cursor.Position;
        var text = new StringBuilder();
        while (!cursor.AtEnd && cursor.Peek != ',' && !cursor.AtLineBreak)
        {
            if (cursor.Peek == '"')
            {
                diagnostics.Add(Diagnostic.Error(file, cursor.Position, "a double quote inside a field that does not start with one",
                    "put the whole field in double quotes and write the quote twice: \"5\"\" tall\""));
                return null;
            }
            text.Append(cursor.Peek);
            cursor.Advance();
        }
        return new CsvField(text.ToString(), start, false);
    }

    /// <summary>A position in the text that counts lines and columns as it moves (CRLF is one line break).</summary>
    private sealed class Cursor(string text)
    {
        private int _index;

        public int Line { get; private set; } = 1;
        public int Column { get; private set; } = 1;
        public SourcePosition Position => new(Line, Column);
        public bool AtEnd => _index >= text.Length;
        public char Peek => _index < text.Length ? text[_index] : '\0';
        public bool AtLineBreak => Peek is '\n' or '\r';

        public void Advance()
        {
            var c = text[_index++];
            if (c == '\n' || (c == '\r' && Peek != '\n'))
            {
                Line++;
                Column = 1;
            }
            else if (c != '\r')
            {
                Column++;
            }
        }

        public void SkipLineBreak()
        {
            if (Peek == '\r') Advance();
            if (Peek == '\n') Advance();
        }
    }
}
