namespace Verbinding.Web.Features.Attachments;

/// <summary>What a file really is, read from its first bytes (never from its name or the browser's Content-Type).</summary>
public enum FileKind
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Heic,
    Pdf,
    // Recognised only to say clearly why they are refused.
    Program,
    WebPage,
    Archive,
}

public static class FileKinds
{
    public static bool IsImage(this FileKind kind) => kind is FileKind.Jpeg or FileKind.Png or FileKind.WebP or FileKind.Heic;

    public static bool IsAllowed(this FileKind kind) => kind.IsImage() || kind == FileKind.Pdf;
}
