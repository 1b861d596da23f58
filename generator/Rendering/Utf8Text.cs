namespace ProfileGen.Rendering;

/// <summary>Text held in a StringBuilder, encoded as UTF-8 without first making it one string.</summary>
public static class Utf8Text
{
    /// <summary>The UTF-8 bytes of a StringBuilder's text, encoded chunk by chunk without a string in between.</summary>
    public static byte[] Of(System.Text.StringBuilder text)
    {
        var count = 0;
        InPieces(text, piece => count += System.Text.Encoding.UTF8.GetByteCount(piece));
        var bytes = new byte[count];
        var at = 0;
        InPieces(text, piece => at += System.Text.Encoding.UTF8.GetBytes(piece, bytes.AsSpan(at)));
        return bytes;
    }

    private delegate void PieceAction(ReadOnlySpan<char> piece);

    /// <summary>The text in pieces that never split a surrogate pair: a chunk's last high surrogate goes with the next chunk's first character.</summary>
    private static void InPieces(System.Text.StringBuilder text, PieceAction action)
    {
        Span<char> pair = stackalloc char[2];
        var carried = false;
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            if (span.IsEmpty) continue;
            if (carried)
            {
                pair[1] = span[0];
                action(pair);
                span = span[1..];
                carried = false;
            }
            if (!span.IsEmpty && char.IsHighSurrogate(span[^1]))
            {
                pair[0] = span[^1];
                span = span[..^1];
                carried = true;
            }
            action(span);
        }
        if (carried) action(pair[..1]);
    }
}
