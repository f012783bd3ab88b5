using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Verbinding.Web.Features.Aangifte;

namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>Flowing text on A4 pages: lines wrap at the margin and a new page starts when one is full.</summary>
internal sealed class PdfTextWriter(PdfDocument pdf) : IDisposable
{
    private const double Margin = 50;
    private const double LabelWidth = 170;
    private readonly XFont _title = new(DejaVuFontResolver.Family, 15, XFontStyleEx.Bold);
    private readonly XFont _heading = new(DejaVuFontResolver.Family, 12, XFontStyleEx.Bold);
    private readonly XFont _bold = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Bold);
    private readonly XFont _body = new(DejaVuFontResolver.Family, 9, XFontStyleEx.Regular);
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;

    public void Title(string text) => Draw(text, _title, Margin, 26);

    public void Heading(string text)
    {
        _y += 10;
        Draw(text, _heading, Margin, 20);
    }

    public void Line(string text)
    {
        foreach (var part in Wrap(text, _body, PageWidth - 2 * Margin))
        {
            Draw(part, _body, Margin, 13);
        }
    }

    public void Field(string label, string value)
    {
        var lines = Wrap(value, _body, PageWidth - 2 * Margin - LabelWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            var gfx = Room(13);
            if (i == 0)
            {
                gfx.DrawString(label, _bold, XBrushes.Black, Margin, _y);
            }
            gfx.DrawString(lines[i], _body, XBrushes.Black, Margin + LabelWidth, _y);
            _y += 13;
        }
    }

    public void Gap() => _y += 8;

    public void Dispose() => _gfx?.Dispose();

    private double PageWidth => _page?.Width.Point ?? 595;

    private void Draw(string text, XFont font, double x, double height)
    {
        Room(height).DrawString(text, font, XBrushes.Black, x, _y);
        _y += height;
    }

    private XGraphics Room(double height)
    {
        if (_gfx is null || _y + height > _page!.Height.Point - Margin)
        {
            _gfx?.Dispose();
            _page = pdf.AddPage();
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin + 10;
        }
        return _gfx;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var measure = _gfx ?? Room(0);
        bool Fits(string candidate) => measure.MeasureString(candidate, font).Width <= width;
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(candidate))
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                // A word wider than the column (a long JSON value, an e-mail address) is cut where it has to be.
                while (line.Length > 1 && !Fits(line))
                {
                    var (low, high) = (1, line.Length - 1); // the longest prefix that fits, by halving
                    while (low < high)
                    {
                        var middle = (low + high + 1) / 2;
                        (low, high) = Fits(line[..middle]) ? (middle, high) : (low, middle - 1);
                    }
                    lines.Add(line[..low]);
                    line = line[low..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }
}
