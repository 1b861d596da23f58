using ProfileGen.Diagnostics;

namespace ProfileGen.Content;

/// <summary>Splits a profile into front matter and body. Accepts a UTF-8 BOM and CRLF line endings.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterSplit? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Error(file.Path, SourcePosition.Start, "the file is empty",
                "a profile starts with front matter between two '---' lines: title, date and category at least"));
            return null;
        }

        // Line by line without splitting the text into a string per line: a profile's text is copied
        // once, into its front matter and its body.
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text.AsSpan(0, firstEnd)))
        {
            diagnostics.Add(Diagnostic.Error(file.Path, SourcePosition.Start, "the file does not start with front matter",
                "put '---' on the first line, then the fields (title, date, category), then another '---'"));
            return null;
        }

        var yamlStart = firstEnd + 1;
        var line = 1;
        for (var start = yamlStart; start <= text.Length; line++)
        {
            var end = LineEnd(text, start);
            var current = text.AsSpan(start, end - start);
            if (IsFence(current) || current.TrimEnd("\r \t") is "...")
            {
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                var body = end < text.Length ? text[(end + 1)..] : "";
                return new FrontMatterSplit(yaml, 2, body, line + 2);
            }
            start = end + 1;
        }

        diagnostics.Add(Diagnostic.Error(file.Path, SourcePosition.Start, "the front matter that starts here is never closed",
            "add a line with just '---' after the last front-matter field"));
        return null;
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: at its '\n', or at the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var newLine = text.IndexOf('\n', start);
        return newLine < 0 ? text.Length : newLine;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd("\r \t") is "---";
}
