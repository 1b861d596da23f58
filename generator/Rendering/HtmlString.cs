namespace ProfileGen.Rendering;

/// <summary>Markup that templates write as it is. Only the generator makes these (rendered Markdown, JSON-LD, <c>raw</c>).</summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
