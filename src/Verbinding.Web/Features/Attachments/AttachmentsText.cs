namespace Verbinding.Web.Features.Attachments;

/// <summary>Marker for AttachmentsText.resx (Dutch, B1) and AttachmentsText.en.resx.</summary>
public sealed class AttachmentsText;
