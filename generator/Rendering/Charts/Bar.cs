namespace ProfileGen.Rendering.Charts;

/// <summary>One bar of a <see cref="BarChart"/>: what it is, its value, and the value as the page writes it.</summary>
/// <param name="Emphasis">Drawn in the accent colour: the career the page is about.</param>
public sealed record Bar(string Label, decimal Value, string ValueText, bool Emphasis = false);
