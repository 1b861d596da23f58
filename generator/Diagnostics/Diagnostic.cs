namespace ProfileGen.Diagnostics;

/// <summary>
/// One problem found in the user's input. <see cref="File"/> is the path as the user knows it,
/// relative to the site folder with forward slashes (<c>profiles/librarians.md</c>).
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message, string? Hint = null)
{
    public static Diagnostic Error(string file, SourcePosition at, string message, string? hint = null) =>
        new(Severity.Error, file, at.Line, at.Column, message, hint);

    public static Diagnostic Warning(string file, SourcePosition at, string message, string? hint = null) =>
        new(Severity.Warning, file, at.Line, at.Column, message, hint);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The one-line form every tool understands: <c>file:line:col: error: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(IsError ? "error" : "warning")}: {Message}";
}
