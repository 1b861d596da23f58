namespace ProfileGen.Cli;

/// <summary>A mistake in how the command was called (exit code 2), as opposed to a mistake in the site.</summary>
public sealed class UsageException(string message) : Exception(message);
