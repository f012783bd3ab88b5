using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>
/// "Bewijs van aangifte": the PDF a citizen gives an insurer. Registration number, date, offence, items and values,
/// and the verification code (also as a QR code to /verify). Deliberately no BSN, address or description.
/// </summary>
public sealed class ProofOfReport(IConfiguration configuration)
{
    private const double Margin = 56;

    public byte[] Render(SubmittedAangifte aangifte, AangifteType type)
    {
        DejaVuFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"Bewijs van aangifte {aangifte.RegistrationNumber}";
        document.Info.Author = "Politie";
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var title = new XFont(DejaVuFontResolver.Family, 18, XFontStyleEx.Bold);
            var bold = new XFont(DejaVuFontResolver.Family, 10, XFontStyleEx.Bold);
            var body = new XFont(DejaVuFontResolver.Family, 10, XFontStyleEx.Regular);
            var y = Margin;
            gfx.DrawString("Bewijs van aangifte / Proof of report", title, XBrushes.Black, Margin, y);
            y += 34;
            var registered = DutchTime.ToLocal(aangifte.DecidedAt ?? aangifte.SubmittedAt);
            foreach (var (label, value) in new[]
            {
                ("Registratienummer / Registration number", aangifte.RegistrationNumber ?? ""),
                ("Verificatiecode / Verification code", aangifte.VerificationCode ?? ""),
                ("Geregistreerd op / Registered on", registered.ToString("d-M-yyyy", CultureInfo.InvariantCulture)),
                ("Soort / Offence", $"{type.Title.Nl} / {type.Title.En}"),
                ("Datum feit / Date of offence", aangifte.OccurredOn.ToString("d-M-yyyy", CultureInfo.InvariantCulture)
                    + (aangifte.OccurredUntil is { } until ? " - " + until.ToString("d-M-yyyy", CultureInfo.InvariantCulture) : "")),
                ("Gemeente / Municipality", aangifte.Municipality),
                ("Aangever / Reported by", aangifte.CitizenName),
            })
            {
                gfx.DrawString(label, bold, XBrushes.Black, Margin, y);
                gfx.DrawString(value, body, XBrushes.Black, Margin + 230, y);
                y += 18;
            }
            y += 12;
            if (aangifte.Items.Count > 0)
            {
                gfx.DrawString("Goederen / Items", bold, XBrushes.Black, Margin, y);
                y += 18;
                foreach (var item in aangifte.Items.OrderBy(i => i.Position).Take(15))
                {
                    var text = string.Join(", ", new[] { item.Kind, item.Brand, item.Model, item.Colour, item.FrameNumber is null ? null : "frame " + item.FrameNumber, item.Imei is null ? null : "IMEI " + item.Imei }
                        .Where(s => !string.IsNullOrEmpty(s)));
                    gfx.DrawString(Shorten(text, 80), body, XBrushes.Black, Margin, y);
                    gfx.DrawString(item.Value is { } v ? Euro(v) : "-", body, XBrushes.Black, Margin + 420, y);
                    y += 16;
                }
            }
            foreach (var payment in aangifte.Payments.OrderBy(p => p.PaidOn).Take(10))
            {
                gfx.DrawString($"Betaling / Payment {payment.PaidOn.ToString("d-M-yyyy", CultureInfo.InvariantCulture)}", body, XBrushes.Black, Margin, y);
                gfx.DrawString(Euro(payment.Amount), body, XBrushes.Black, Margin + 420, y);
                y += 16;
            }
            if (aangifte.TotalValue > 0)
            {
                gfx.DrawString("Totaal / Total", bold, XBrushes.Black, Margin, y);
                gfx.DrawString(Euro(aangifte.TotalValue), bold, XBrushes.Black, Margin + 420, y);
                y += 24;
            }
            y += 12;
            var verifyUrl = VerifyUrl(aangifte);
            DrawQr(gfx, verifyUrl, Margin, y, 110);
            gfx.DrawString("Controleer dit bewijs / Check this proof:", body, XBrushes.Black, Margin + 130, y + 20);
            gfx.DrawString(verifyUrl, body, XBrushes.Black, Margin + 130, y + 38);
        }
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public string VerifyUrl(SubmittedAangifte aangifte)
    {
        var baseUrl = (configuration["Aangifte:PublicBaseUrl"] ?? "https://www.politie.nl").TrimEnd('/');
        return $"{baseUrl}/verify?nummer={Uri.EscapeDataString(aangifte.RegistrationNumber ?? "")}&code={Uri.EscapeDataString(aangifte.VerificationCode ?? "")}";
    }

    private static void DrawQr(XGraphics gfx, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var col = 0; col < matrix[row].Count; col++)
            {
                if (matrix[row][col])
                {
                    gfx.DrawRectangle(XBrushes.Black, x + col * module, y + row * module, module, module);
                }
            }
        }
    }

    private static string Euro(decimal value) => "€ " + value.ToString("N2", CultureInfo.GetCultureInfo("nl-NL"));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
