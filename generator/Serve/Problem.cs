using ProfileGen.Diagnostics;

namespace ProfileGen.Serve;

/// <summary>A diagnostic as the browser overlay shows it: the one-line position and message, the source lines and the hint.</summary>
public sealed record Problem(string Severity, string File, int Line, int Column, string Message, string? Hint, string? Excerpt)
{
    public static Problem From(Diagnostic d, Func<string, string?> sourceOf) =>
        new(d.IsError ? "error" : "warning", d.File, d.Line, d.Column, d.Message, d.Hint, DiagnosticPrinter.Excerpt(sourceOf(d.File), d.Line, d.Column));
}
