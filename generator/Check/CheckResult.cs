using ProfileGen.Diagnostics;

namespace ProfileGen.Check;

/// <summary>What <c>check</c> found, and how much it looked at.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, int Careers, int Pages)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
