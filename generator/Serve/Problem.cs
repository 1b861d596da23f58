using ProfileGen.Diagnostics;

namespace ProfileGen.Serve;

/// <summary>A diagnostic as the browser overlay shows it: the one-line position and message, the source lines and the hint.</summary>
public sealed record Problem(string Severity, string File, int Line, int Column, string Message, string? Hint, string? Excerpt)
{
    /// <param name="linesOf">Each file's lines (<see cref="DiagnosticPrinter.LinesOf"/>: split once for all its problems).</param>
    public static Problem From(Diagnostic d, Func<string, string[]?> linesOf) =>
        new(d.IsError ? "error" : "warning", d.File, d.Line, d.Column, d.Message, d.Hint, DiagnosticPrinter.Excerpt(linesOf(d.File), d.Line, d.Column));
}
