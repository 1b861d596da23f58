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
    private readonly Func<byte[]>? _make;
    private byte[]? _made;

    public HtmlString(string value) => _text = value;

    private HtmlString(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    private HtmlString(Func<byte[]> make) => _make = make;

    public static HtmlString FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8);

    /// <summary>
    /// Markup made when it is first read: a career's JSON-LD, which a rebuild needs only for the
    /// few pages it renders (a digest of the career comes from the previous build when its inputs are
    /// unchanged). Made at most once per thread that races for it; every making gives the same bytes.
    /// </summary>
    public static HtmlString Lazy(Func<byte[]> make) => new(make);

    /// <summary>Markup in a buffer its owner reuses (the page a layout wraps): valid while that page renders.</summary>
    internal static HtmlString Borrowing(ReadOnlyMemory<byte> utf8) => new(utf8);

    public string Value => _text ?? Encoding.UTF8.GetString(_utf8.Span);

    /// <summary>True when the markup is kept as UTF-8, so <see cref="Utf8"/> costs nothing.</summary>
    public bool IsUtf8 => _text is null;

    /// <summary>The markup as UTF-8, without decoding it when that is how it is kept.</summary>
    public ReadOnlySpan<byte> Utf8 => _text is not null ? Encoding.UTF8.GetBytes(_text)
        : _make is not null ? Volatile.Read(ref _made) ?? Interlocked.CompareExchange(ref _made, _make(), null) ?? _made!
        : _utf8.Span;

    public override string ToString() => Value;

    public bool Equals(HtmlString? other) => other is not null && Value == other.Value;

    public override bool Equals(object? obj) => Equals(obj as HtmlString);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);
}
