using System.Text;
using ProfileGen.Diagnostics;

namespace ProfileGen.Data;

/// <summary>
/// Turns byte offsets in UTF-8 text (what System.Text.Json reports) into the line and character
/// column a person sees in an editor.
/// </summary>
public sealed class Utf8Positions
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];

    public Utf8Positions(byte[] bytes)
    {
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    public SourcePosition At(long offset)
    {
        var target = (int)Math.Clamp(offset, 0, _bytes.Length);
        var line = _lineStarts.BinarySearch(target);
        if (line < 0) line = ~line - 1;
        var start = _lineStarts[line];
        return new SourcePosition(line + 1, Encoding.UTF8.GetCharCount(_bytes, start, target - start) + 1);
    }

    /// <summary>The position of a zero-based line and byte-in-line, as a JsonException gives them.</summary>
    public SourcePosition At(long line, long bytePositionInLine) =>
        line < _lineStarts.Count ? At(_lineStarts[(int)line] + bytePositionInLine) : At(_bytes.Length);
}
