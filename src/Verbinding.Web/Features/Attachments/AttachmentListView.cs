namespace Verbinding.Web.Features.Attachments;

/// <summary>
/// What _AttachmentList shows: thumbnails for images, a download link for PDFs. <see cref="UrlPrefix"/> is
/// "/mijn/bijlagen" for the citizen and "/medewerker/bijlagen" for staff; <see cref="CanRemove"/> adds remove buttons
/// (the surrounding form posts name=remove value=id).
/// </summary>
public sealed record AttachmentListView(IReadOnlyList<AttachmentInfo> Items, string UrlPrefix, bool CanRemove = false)
{
    public const string Citizen = "/mijn/bijlagen";

    public const string Staff = "/medewerker/bijlagen";
}
