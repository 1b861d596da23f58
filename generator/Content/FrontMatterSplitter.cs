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

        var lines = text.Split('\n');
        if (!IsFence(lines[0]))
        {
            diagnostics.Add(Diagnostic.Error(file.Path, SourcePosition.Start, "the file does not start with front matter",
                "put '---' on the first line, then the fields (title, date, category), then another '---'"));
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (!IsFence(lines[i]) && lines[i].TrimEnd('\r', ' ', '\t') != "...") continue;
            var yaml = string.Join('\n', lines, 1, i - 1);
            var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : "";
            return new FrontMatterSplit(yaml, 2, body, i + 2);
        }

        diagnostics.Add(Diagnostic.Error(file.Path, SourcePosition.Start, "the front matter that starts here is never closed",
            "add a line with just '---' after the last front-matter field"));
        return null;
    }

    private static bool IsFence(string line) => line.TrimEnd('\r', ' ', '\t') == "---";
}
