using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Cases;

/// <summary>
/// Sends the case number and access code to the citizen: only the number, the code and a link to /zaak, nothing about
/// the matter itself (the outbox guard refuses free text anyway). Added to the caller's unit of work.
/// </summary>
public sealed class CaseAccessNotifier(INotificationOutbox outbox)
{
    /// <summary>The key names the new case (only a new case has its code in clear), so no stored row can have it.</summary>
    public void Send(CaseFile file, string email, string code) =>
        outbox.EnqueueNew(new NotificationRequest($"zaak-toegang:{file.Id}", NotificationChannel.Email, email, file.Language,
            NotificationTemplateIds.ZaakToegang,
            new Dictionary<string, string> { ["caseNumber"] = file.Number, ["code"] = code, [NotificationTemplateIds.Link] = "/zaak" },
            file.EenheidId));
}
