namespace Verbinding.Web.Features.Attachments;

/// <summary>Why a file was refused; each has a Dutch and English message in AttachmentsText ("Refused_" + name).</summary>
public enum Refusal
{
    Empty,
    TooLarge,
    TooMany,
    NotAllowed,
    Program,
    WebPage,
    Archive,
    ImageUnreadable,
    HeicUnsupported,
    PdfUnreadable,
    PdfActiveContent,
}

/// <summary>A file ready to store: cleaned bytes, its real type, a safe name and a thumbnail for images.</summary>
public sealed record CleanFile(string FileName, string ContentType, FileKind Kind, byte[] Bytes, byte[]? Thumbnail, string Sha256);

/// <summary>The outcome for one uploaded file: either <see cref="File"/> or <see cref="Refusal"/>.</summary>
public sealed record AttachmentCheck(string FileName, CleanFile? File, Refusal? Refusal)
{
    public bool Accepted => File is not null;

    public static AttachmentCheck Refuse(string fileName, Refusal refusal) => new(fileName, null, refusal);
}
