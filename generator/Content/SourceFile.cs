using ProfileGen.Diagnostics;

namespace ProfileGen.Content;

/// <summary>
/// A text input of the site: its path relative to the site folder (forward slashes), its text and
/// a digest of the text. A profile the parse cache knows by its size and modification time is
/// loaded unread: its digest comes from the cache, and its text is read only if the cache cannot
/// give its parse after all (at 10,000 profiles reading them all is 80 MB and a third of a second).
/// </summary>
public sealed class SourceFile
{
    private string? _text;
    private Incremental.Hash128? _digest;
    private readonly Func<DiagnosticBag, string?>? _read;

    public SourceFile(string path, string text)
    {
        Path = path;
        _text = text;
    }

    /// <summary>A file read when its text is first needed; <paramref name="read"/> reports why it could not be read and returns null.</summary>
    public SourceFile(string path, Incremental.Hash128 digest, Func<DiagnosticBag, string?> read)
    {
        Path = path;
        _digest = digest;
        _read = read;
    }

    public string Path { get; }

    /// <summary>The text; reads an unread file (empty when it cannot be read any more; <see cref="Read"/> reports why).</summary>
    public string Text => _text ?? Read(new DiagnosticBag()) ?? "";

    /// <summary>True until an unread file's text is read.</summary>
    public bool IsUnread => _text is null;

    /// <summary>A digest of the text (see <see cref="DigestOf"/>).</summary>
    public Incremental.Hash128 Digest => _digest ??= DigestOf(Text);

    /// <summary>The text, read now if the file was loaded unread; null, with the problem in <paramref name="problems"/>, if that fails.</summary>
    public string? Read(DiagnosticBag problems)
    {
        if (_text is not null) return _text;
        _text = _read!(problems);
        _digest = null; // the digest of what was read, not of what the cache recorded
        return _text;
    }

    public static Incremental.Hash128 DigestOf(string text) =>
        Incremental.ContentHasher.Digest(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
}
