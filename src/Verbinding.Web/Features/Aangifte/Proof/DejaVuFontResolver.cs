using PdfSharp.Fonts;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>
/// PDFsharp's Core build has no access to system fonts; the PDF uses DejaVu Sans embedded in this assembly
/// (Bitstream Vera licence, see Fonts/LICENSE-DejaVu.txt), which covers Dutch and most European names.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    /// <summary>PDFsharp keeps one resolver per process and refuses a second: install it once.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not DejaVuFontResolver)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(DejaVuFontResolver).Assembly.GetManifestResourceStream($"Verbinding.Web.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
