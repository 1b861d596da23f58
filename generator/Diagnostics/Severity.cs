namespace ProfileGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
