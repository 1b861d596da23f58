using System.Collections.Concurrent;
using System.Text;

namespace ProfileGen.Output;

/// <summary>Keeps a built site in memory: for tests and the dev server.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public void Write(string sitePath, ReadOnlySpan<byte> bytes) => _files[sitePath] = bytes.ToArray();

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public string? Text(string sitePath) => _files.TryGetValue(sitePath, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
