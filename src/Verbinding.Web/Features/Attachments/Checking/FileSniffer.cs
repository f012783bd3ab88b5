using System.Text;

namespace Verbinding.Web.Features.Attachments;

/// <summary>Recognises a file by its magic bytes. A name like "foto.jpg" says nothing; the content decides.</summary>
public static class FileSniffer
{
    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    private static readonly string[] HtmlStarts = ["<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml", "<iframe", "<a ", "<div", "<meta"];

    public static FileKind Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileKind.Jpeg;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileKind.Png;
        }
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return FileKind.WebP;
        }
        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && HeifBrands.Contains(Encoding.ASCII.GetString(bytes[8..12])))
        {
            return FileKind.Heic;
        }
        if (bytes.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }
        if (bytes.StartsWith("MZ"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) || bytes.StartsWith("#!"u8))
        {
            return FileKind.Program;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) || bytes.StartsWith("Rar!"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return FileKind.Archive;
        }
        return LooksLikeHtml(bytes) ? FileKind.WebPage : FileKind.Unknown;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        return HtmlStarts.Any(head.StartsWith);
    }
}
