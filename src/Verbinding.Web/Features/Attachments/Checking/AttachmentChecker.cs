using System.Security.Cryptography;

namespace Verbinding.Web.Features.Attachments;

/// <summary>
/// The one gate every uploaded file passes (aangifte wizard and case messages alike). Pure: bytes in, a clean file or
/// a reason out. Images must decode and are re-encoded; PDFs must look like PDFs and carry nothing active.
/// </summary>
public sealed class AttachmentChecker(long maxBytes, int thumbnailSize)
{
    public long MaxBytes => maxBytes;

    public AttachmentCheck Check(string? uploadedName, byte[] bytes)
    {
        var shownName = FileNames.Shown(uploadedName);
        if (bytes.Length == 0)
        {
            return AttachmentCheck.Refuse(shownName, Refusal.Empty);
        }
        if (bytes.Length > maxBytes)
        {
            return AttachmentCheck.Refuse(shownName, Refusal.TooLarge);
        }
        var kind = FileSniffer.Detect(bytes);
        return kind switch
        {
            FileKind.Program => AttachmentCheck.Refuse(shownName, Refusal.Program),
            FileKind.WebPage => AttachmentCheck.Refuse(shownName, Refusal.WebPage),
            FileKind.Archive => AttachmentCheck.Refuse(shownName, Refusal.Archive),
            FileKind.Pdf => CheckPdf(uploadedName, shownName, bytes),
            _ when kind.IsImage() => CheckImage(uploadedName, shownName, bytes, kind),
            _ => AttachmentCheck.Refuse(shownName, Refusal.NotAllowed),
        };
    }

    private static AttachmentCheck CheckPdf(string? uploadedName, string shownName, byte[] bytes) => PdfInspector.Inspect(bytes) switch
    {
        PdfVerdict.Clean => Accept(new CleanFile(FileNames.Sanitise(uploadedName, FileKind.Pdf), "application/pdf", FileKind.Pdf, bytes, null, Hash(bytes))),
        PdfVerdict.ActiveContent => AttachmentCheck.Refuse(shownName, Refusal.PdfActiveContent),
        _ => AttachmentCheck.Refuse(shownName, Refusal.PdfUnreadable),
    };

    private AttachmentCheck CheckImage(string? uploadedName, string shownName, byte[] bytes, FileKind kind)
    {
        if (ImageCleaner.Clean(bytes, kind, thumbnailSize) is not { } image)
        {
            // Skia on Linux has no HEIF decoder: say so plainly instead of "broken".
            return AttachmentCheck.Refuse(shownName, kind == FileKind.Heic ? Refusal.HeicUnsupported : Refusal.ImageUnreadable);
        }
        return Accept(new CleanFile(FileNames.Sanitise(uploadedName, image.Kind), image.ContentType, image.Kind, image.Bytes, image.Thumbnail, Hash(image.Bytes)));
    }

    private static AttachmentCheck Accept(CleanFile file) => new(file.FileName, file, null);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
