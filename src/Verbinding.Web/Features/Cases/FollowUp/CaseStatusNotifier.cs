using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Cases.FollowUp;

/// <summary>
/// Tells the citizen that the status of their case changed: the case number and a link, nothing about the matter
/// (the status itself is behind the link). A case with a BSN links to "Mijn zaken" (DigiD), any other to /zaak
/// (number + access code). Added to the caller's unit of work, so the message exists exactly when the change does.
/// </summary>
public sealed class CaseStatusNotifier(INotificationOutbox outbox, RecipientProtector recipients, ILogger<CaseStatusNotifier> logger)
{
    public const string MyCasesPath = "/mijn/zaken";
    public const string AccessPath = "/zaak";

    /// <summary>Stores where the citizen is told, encrypted; called when the case is opened.</summary>
    public void Remember(CaseFile file, NotificationRecipient? recipient)
    {
        file.NotifyBy = recipient?.Channel;
        file.ProtectedRecipient = recipient?.Address is { } address ? recipients.Protect(address) : null;
    }

    /// <param name="changeId">One id per status change: the idempotency key, so a retried save sends it once.</param>
    public async Task StatusChangedAsync(CaseFile file, Guid changeId, CancellationToken ct)
    {
        if (file.NotifyBy is not { } channel)
        {
            return; // no address and no DigiD: the citizen follows the case on /zaak with their code
        }
        var address = file.ProtectedRecipient is { } stored ? recipients.Unprotect(stored) : null;
        var link = file.CitizenBsn is null ? AccessPath : MyCasesPath;
        try
        {
            await outbox.EnqueueAsync(new NotificationRequest($"zaak-status:{file.Id}:{changeId}", channel, address, file.Language,
                NotificationTemplateIds.ZaakStatus,
                new Dictionary<string, string> { ["caseNumber"] = file.Number, [NotificationTemplateIds.Link] = link }, file.EenheidId), ct);
        }
        catch (ArgumentException e)
        {
            // A stored address the outbox now refuses must not block the colleague's change; the message names no address.
            logger.LogWarning("Status message for case {Number} not sent: {Reason}", file.Number, e.Message);
        }
    }
}
