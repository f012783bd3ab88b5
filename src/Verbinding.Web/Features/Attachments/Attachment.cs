namespace Verbinding.Web.Features.Attachments;

/// <summary>
/// An uploaded file, cleaned (<see cref="AttachmentChecker"/>). The bytes live in the database so every node serves
/// them. It belongs to a draft while the wizard runs, to the aangifte once sent, and to a case message when it came
/// with one. Queries that list attachments project to <see cref="AttachmentInfo"/> so the bytes stay in the table.
/// </summary>
public sealed class Attachment
{
    public Guid Id { get; set; }

    /// <summary>The citizen whose aangifte this is (also for a file the handler sent); never logged.</summary>
    public required string CitizenBsn { get; set; }

    public Guid? DraftId { get; set; }

    public Guid? AangifteId { get; set; }

    public Guid? MessageId { get; set; }

    /// <summary>Set when a staff member uploaded it (a handler's reply); null for the citizen's own files.</summary>
    public string? UploadedByStaffId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public byte[]? Thumbnail { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>What pages show of an attachment: never the bytes.</summary>
public sealed record AttachmentInfo(Guid Id, string FileName, string ContentType, long Size, bool HasThumbnail, Guid? MessageId)
{
    public bool IsPdf => ContentType == "application/pdf";

    /// <summary>"1,2 MB" or "830 kB", in the current culture.</summary>
    public string SizeText => Size >= 1024 * 1024 ? $"{Size / (1024.0 * 1024):0.0} MB" : $"{Math.Max(1, Size / 1024)} kB";
}
