using System.Globalization;
using System.Net;
using System.Text;

namespace Verbinding.Web.Features.Monitor.Reports;

public sealed record ChartBar(string Label, double? Value, double? Low, double? High);

/// <summary>
/// A horizontal bar chart (0-100%) with confidence whiskers as static SVG: no JavaScript, no inline style (CSP).
/// It is decorative for screen readers: the data table next to it carries the same figures.
/// </summary>
public static class BarChartSvg
{
    private const int LabelWidth = 220, PlotWidth = 400, BarHeight = 18, Gap = 8, Top = 24;

    public static string Render(IReadOnlyList<ChartBar> bars, string title, string suppressedText)
    {
        var height = Top + bars.Count * (BarHeight + Gap) + 10;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"monitor-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {LabelWidth + PlotWidth + 60} {height}\" role=\"img\" aria-label=\"{Encode(title)}\">"));
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var x = LabelWidth + tick * PlotWidth / 100.0;
            svg.Append(Inv($"<line x1=\"{x}\" y1=\"{Top - 6}\" x2=\"{x}\" y2=\"{height - 10}\" stroke=\"#c4c4c4\" stroke-width=\"1\"/>"));
            svg.Append(Inv($"<text x=\"{x}\" y=\"{Top - 10}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">{tick}%</text>"));
        }
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * (BarHeight + Gap);
            svg.Append(Inv($"<text x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 4}\" font-size=\"12\" text-anchor=\"end\" fill=\"#000\">{Encode(Shorten(bar.Label))}</text>"));
            if (bar.Value is not { } value)
            {
                svg.Append(Inv($"<text x=\"{LabelWidth + 4}\" y=\"{y + BarHeight - 4}\" font-size=\"11\" fill=\"#555\">{Encode(suppressedText)}</text>"));
                continue;
            }
            svg.Append(Inv($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{value * PlotWidth / 100:0.#}\" height=\"{BarHeight}\" fill=\"#154273\"/>"));
            if (bar.Low is { } low && bar.High is { } high)
            {
                double x1 = LabelWidth + low * PlotWidth / 100, x2 = LabelWidth + high * PlotWidth / 100, mid = y + BarHeight / 2.0;
                svg.Append(Inv($"<line x1=\"{x1:0.#}\" y1=\"{mid}\" x2=\"{x2:0.#}\" y2=\"{mid}\" stroke=\"#e17000\" stroke-width=\"2\"/>"));
            }
            svg.Append(Inv($"<text x=\"{LabelWidth + PlotWidth + 6}\" y=\"{y + BarHeight - 4}\" font-size=\"12\" fill=\"#000\">{value:0.0}%</text>"));
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string label) => label.Length <= 32 ? label : label[..31] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
