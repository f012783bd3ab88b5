using Microsoft.Extensions.Localization;

namespace Verbinding.Web.Features.Attachments;

/// <summary>The sentence a citizen or officer reads for a refused file: which file, and why.</summary>
public static class AttachmentMessages
{
    public static string Refused(this IStringLocalizer<AttachmentsText> text, AttachmentCheck check, long maxFileBytes, int maxCount) =>
        text["Refused_" + check.Refusal, check.FileName, maxFileBytes / (1024 * 1024), maxCount];
}
