using System.Globalization;
using System.Net;
using System.Text;

namespace ProfileGen.Rendering.Charts;

/// <summary>
/// A horizontal bar chart as inline SVG, drawn at build time: no script, no library. Each bar has
/// its label on a line of its own above it (so long career titles fit a phone) and its value at
/// its end. Horizontal positions are percentages of the chart's width and text keeps its CSS size,
/// so the chart reflows with the page instead of shrinking its text. Colours come from
/// <c>currentColor</c> and CSS classes, so the chart follows dark mode and prints. It is an image
/// to assistive technology (<c>role="img"</c>, named by its &lt;title&gt;, described by a
/// &lt;desc&gt; that lists every value); every text value is HTML-escaped. Pure.
/// </summary>
public static class BarChart
{
    private const int LineHeight = 16;
    private const int LabelBaseline = 12;
    private const int BarHeight = 14;
    private const int RowGap = 12;
    private const int MaxLabelLineLength = 40;
    private const int MaxLabelLines = 3;

    // Room kept beside the bars for value labels ("$123,456"), in percent of the chart's width.
    private const decimal ValueRoom = 24m;

    public static string Render(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        var min = Math.Min(0, bars.Count == 0 ? 0 : bars.Min(b => b.Value));
        var max = Math.Max(0, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var hasNegative = min < 0;
        var left = hasNegative ? ValueRoom : 0m;
        var right = max > 0 || !hasNegative ? 100m - ValueRoom : 100m;
        var span = max - min == 0 ? 1 : max - min;
        decimal X(decimal value) => left + (value - min) / span * (right - left);
        var zero = X(0);

        var body = new StringBuilder();
        var y = 0;
        int? firstBarY = null;
        foreach (var bar in bars)
        {
            var lines = LabelLines(bar.Label);
            body.Append(bar.Emphasis ? "<g class=\"bar-row emphasis\">" : "<g class=\"bar-row\">");
            for (var i = 0; i < lines.Count; i++)
                body.Append($"<text class=\"bar-label\" x=\"0\" y=\"{y + LabelBaseline + i * LineHeight}\">{Escape(lines[i])}</text>");
            var barY = y + lines.Count * LineHeight + 2;
            firstBarY ??= barY;
            var end = X(bar.Value);
            var (from, to) = bar.Value < 0 ? (end, zero) : (zero, end);
            body.Append($"<rect class=\"bar\" x=\"{Percent(from)}\" y=\"{barY}\" width=\"{Percent(to - from)}\" height=\"{BarHeight}\" rx=\"2\"/>");
            var (valueX, anchor) = bar.Value < 0 ? (from - 1, "end") : (to + 1, "start");
            body.Append($"<text class=\"bar-value\" x=\"{Percent(valueX)}\" y=\"{barY + BarHeight - 3}\" text-anchor=\"{anchor}\">{Escape(bar.ValueText)}</text>");
            body.Append("</g>");
            y = barY + BarHeight + RowGap;
        }
        var height = Math.Max(y - RowGap + 2, 1);
        // The zero line, where bars of both signs start; it runs along the bars, not through the labels above them.
        if (hasNegative)
            body.Append($"<line class=\"chart-axis\" x1=\"{Percent(zero)}\" x2=\"{Percent(zero)}\" y1=\"{firstBarY - 2}\" y2=\"{y - RowGap + 2}\" stroke=\"currentColor\"/>");

        return $"<svg class=\"chart\" id=\"{Escape(id)}\" role=\"img\" aria-labelledby=\"{Escape(id)}-title\" aria-describedby=\"{Escape(id)}-desc\" "
            + $"width=\"100%\" height=\"{height}\" fill=\"currentColor\" font-size=\"13\">"
            + $"<title id=\"{Escape(id)}-title\">{Escape(title)}</title><desc id=\"{Escape(id)}-desc\">{Escape(description)}</desc>"
            + body + "</svg>";
    }

    /// <summary>"Label: value; label: value." — the chart's numbers in words, for its &lt;desc&gt;.</summary>
    public static string Describe(IEnumerable<Bar> bars, string? note = null)
    {
        var text = string.Join("; ", bars.Select(b => $"{b.Label}: {b.ValueText}")) + ".";
        return note is null ? text : text + " " + note;
    }

    /// <summary>A label broken at spaces into lines that fit a phone, the last one shortened with "…" when even three lines are not enough.</summary>
    public static IReadOnlyList<string> LabelLines(string label)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > MaxLabelLineLength)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString());
        if (lines.Count > MaxLabelLines)
        {
            var last = string.Join(' ', lines.Skip(MaxLabelLines - 1));
            lines = [.. lines.Take(MaxLabelLines - 1), Shorten(last)];
        }
        return lines.Select(Shorten).ToList();
    }

    /// <summary>A line cut to fit, at a space when there is one in its second half, ending in "…".</summary>
    private static string Shorten(string line)
    {
        if (line.Length <= MaxLabelLineLength) return line;
        var cut = line[..(MaxLabelLineLength - 1)];
        var space = cut.LastIndexOf(' ');
        if (space > MaxLabelLineLength / 2) cut = cut[..space];
        return cut.TrimEnd(' ', ',', ';') + "…";
    }

    private static string Percent(decimal value) => Math.Round(Math.Max(0, Math.Min(100, value)), 2).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
