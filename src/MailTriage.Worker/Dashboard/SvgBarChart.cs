using System.Globalization;
using System.Text;

namespace MailTriage.Worker.Dashboard;

/// <summary>One bar: label, value, and whether it is bad news (drawn in the alarm colour).</summary>
public sealed record Bar(string Label, double Value, bool Alarm = false);

/// <summary>
/// A horizontal bar chart as inline SVG, drawn on the server: no script, no chart library, nothing for the CSP to
/// allow. Labels are encoded like every other text.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 230;
    private const int ValueWidth = 60;
    private const int RowHeight = 22;
    private const int BarHeight = 14;

    public static string Render(string title, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var height = Math.Max(1, bars.Count) * RowHeight + 6;
        var max = bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        var area = Width - LabelWidth - ValueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{Html.E(title)}\"><title>{Html.E(title)}</title>");
        if (bars.Count == 0)
        {
            svg.Append("<text x=\"0\" y=\"16\">nothing to show</text>");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = i * RowHeight + 4;
            var w = max <= 0 ? 0 : Math.Max(b.Value > 0 ? 2 : 0, Math.Round(area * b.Value / max));
            var value = b.Value.ToString("0.##", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 12}\">{Html.E(Clip(b.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar{(b.Alarm ? " bad" : "")}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{w}\" height=\"{BarHeight}\" data-value=\"{value}\"><title>{Html.E(b.Label)}: {value}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + w + 6}\" y=\"{y + 12}\">{value}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Clip(string label) => label.Length > 34 ? label[..33] + "…" : label;
}
