namespace ProfileGen.Diagnostics;

/// <summary>
/// Prints diagnostics the way compilers do: the one-line form, then the offending source line
/// with a caret under the column, then a hint when there is one.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(TextWriter writer, IEnumerable<Diagnostic> diagnostics, Func<string, string?> sourceOf)
    {
        var linesOf = LinesOf(sourceOf);
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
            var excerpt = Excerpt(linesOf(diagnostic.File), diagnostic.Line, diagnostic.Column);
            if (excerpt is not null) writer.Write(excerpt);
            if (diagnostic.Hint is not null) writer.WriteLine($"  = help: {diagnostic.Hint}");
        }
    }

    /// <summary>
    /// Each file's lines, read and split once however many of them are reported: a file with 50,000
    /// unknown fields took five minutes to report, reading and splitting itself again for each one.
    /// </summary>
    public static Func<string, string[]?> LinesOf(Func<string, string?> sourceOf)
    {
        var files = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        return file => files.TryGetValue(file, out var lines) ? lines : files[file] = sourceOf(file)?.Split('\n');
    }

    /// <summary>The line of <paramref name="lines"/> and a caret beneath the column, or null when the line is not known.</summary>
    public static string? Excerpt(string[]? lines, int line, int column)
    {
        if (lines is null || line < 1 || line > lines.Length) return null;
        var text = lines[line - 1].TrimEnd('\r');
        if (text.Length > 200) text = text[..200] + "…";
        var gutter = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pad = new string(' ', gutter.Length);
        // Keep tabs in the caret line so the caret lands under the right character.
        var caretPrefix = new string(text.Take(Math.Max(0, Math.Min(column - 1, text.Length))).Select(c => c == '\t' ? '\t' : ' ').ToArray());
        return $" {gutter} | {text}\n {pad} | {caretPrefix}^\n";
    }
}
