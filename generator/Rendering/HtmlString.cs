using System.Text;

namespace ProfileGen.Rendering;

/// <summary>
/// Markup that templates write as it is. Only the generator makes these (rendered Markdown, JSON-LD,
/// <c>raw</c>). The markup the site model holds for every career (its body, its JSON-LD) is kept as
/// UTF-8, half the memory of a .NET string, and decoded when a page writes it.
/// </summary>
public sealed class HtmlString : IEquatable<HtmlString>
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _utf8;

    public HtmlString(string value) => _text = value;

    private HtmlString(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    public static HtmlString FromUtf8(byte[] utf8) => new(utf8.AsMemory());

    /// <summary>Markup in a buffer its owner reuses (the page a layout wraps): valid while that page renders.</summary>
    internal static HtmlString Borrowing(ReadOnlyMemory<byte> utf8) => new(utf8);

    public string Value => _text ?? Encoding.UTF8.GetString(_utf8.Span);

    /// <summary>True when the markup is kept as UTF-8, so <see cref="Utf8"/> costs nothing.</summary>
    public bool IsUtf8 => _text is null;

    /// <summary>The markup as UTF-8, without decoding it when that is how it is kept.</summary>
    public ReadOnlySpan<byte> Utf8 => _text is null ? _utf8.Span : Encoding.UTF8.GetBytes(_text);

    public override string ToString() => Value;

    public bool Equals(HtmlString? other) => other is not null && Value == other.Value;

    public override bool Equals(object? obj) => Equals(obj as HtmlString);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);
}
