namespace ProfileGen.Output;

/// <summary>Where a build's files go: a folder on disk (staged, moved in when the build succeeded) or memory (serve, tests).</summary>
public interface IOutputSink
{
    /// <summary>Writes one file by its path inside the site ("careers/x/index.html"). Called from many threads.</summary>
    void Write(string sitePath, ReadOnlySpan<byte> bytes);
}
