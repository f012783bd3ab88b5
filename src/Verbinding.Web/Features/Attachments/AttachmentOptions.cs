using System.ComponentModel.DataAnnotations;

namespace Verbinding.Web.Features.Attachments;

/// <summary>Limits for uploaded files ("Attachments" section). Issue 5: images and PDF up to 10 MB each.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    [Range(1024, 100 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    [Range(1, 20)]
    public int MaxPerAangifte { get; set; } = 5;

    [Range(1, 10)]
    public int MaxPerMessage { get; set; } = 3;

    /// <summary>The whole upload request; a larger body is refused with 413 before it is read.</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 25 * 1024 * 1024;

    [Range(64, 1024)]
    public int ThumbnailSize { get; set; } = 320;
}
