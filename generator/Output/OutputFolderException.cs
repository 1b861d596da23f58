namespace ProfileGen.Output;

/// <summary>The output folder cannot be used; the message says why and what to do.</summary>
public sealed class OutputFolderException(string message) : Exception(message);
