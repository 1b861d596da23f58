namespace ProfileGen.Rendering;

/// <summary>Text held in a StringBuilder, encoded as UTF-8 without first making it one string.</summary>
public static class Utf8Text
{
    /// <summary>
    /// The UTF-8 bytes of a StringBuilder's text, encoded chunk by chunk without a string in between
    /// (by <see cref="Utf8PageOutput"/>, whose encoder keeps a surrogate pair split between two chunks whole).
    /// </summary>
    public static byte[] Of(System.Text.StringBuilder text)
    {
        var output = _output ??= new Utf8PageOutput();
        output.Clear();
        foreach (var chunk in text.GetChunks()) output.Write(chunk.Span);
        return output.TakeUtf8();
    }

    // One per thread (Markdown is rendered on every core), reused body after body.
    [ThreadStatic] private static Utf8PageOutput? _output;
}
