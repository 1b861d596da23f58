using System.Text;
using ProfileGen.Diagnostics;

namespace ProfileGen.Content;

/// <summary>
/// Bytes of a text input to text: strict UTF-8 (a BOM is fine), CRLF and CR turned into LF, and a
/// clear error for binary files and invalid UTF-8 naming the line and column of the first bad byte.
/// </summary>
public static class SourceDecoder
{
    public const int MaxTextBytes = 32 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxTextBytes)
        {
            diagnostics.Add(Diagnostic.Error(path, SourcePosition.Start,
                $"the file is {bytes.Length / (1024.0 * 1024.0):0.0} MB, larger than the {MaxTextBytes / (1024 * 1024)} MB a text input may be",
                "split it into several profiles, or move large data into data/ files"));
            return null;
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(Diagnostic.Error(path, PositionOf(bytes, nul), "this looks like a binary file, not text (it contains a NUL byte)",
                "profiles must be UTF-8 Markdown text; remove the file or save it as text"));
            return null;
        }
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            diagnostics.Add(Diagnostic.Error(path, PositionOf(bytes, FirstInvalid(bytes) ?? offset), "the file is not valid UTF-8",
                "save the file with UTF-8 encoding (most editors: 'Save with encoding' › UTF-8)"));
            return null;
        }
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static int? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? null : read;
    }

    private static SourcePosition PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count characters, not bytes: decode the valid part of the line before the offset.
        var before = bytes[lineStart..Math.Min(offset, bytes.Length)];
        var column = Encoding.UTF8.GetCharCount(before) + 1;
        return new SourcePosition(line, column);
    }
}
