using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>What the citizen is told after sending; never the content of the aangifte itself.</summary>
public sealed record AangifteReceipt(Guid AangifteId, string ReceiptNumber, string TypeId, ContactDetails Contact, string Language);

/// <summary>Sends the receipt by the citizen's chosen channel (e-mail, SMS; "post" means: read it in the portal).</summary>
public interface IAangifteNotifier
{
    /// <summary>Adds the receipt to the caller's unit of work: it is saved with the aangifte, or not at all.</summary>
    Task ReceiptAsync(AangifteReceipt receipt, CancellationToken ct);
}

/// <summary>Queues the receipt in the notification outbox: the receipt number and a link to "Mijn zaken", nothing else.</summary>
public sealed class OutboxAangifteNotifier(INotificationOutbox outbox) : IAangifteNotifier
{
    public Task ReceiptAsync(AangifteReceipt receipt, CancellationToken ct)
    {
        var (channel, recipient) = receipt.Contact switch
        {
            { Preference: "email", Email: { } email } => (NotificationChannel.Email, email),
            { Preference: "sms", Phone: { } phone } => (NotificationChannel.Sms, phone),
            _ => (NotificationChannel.Portal, (string?)null),
        };
        // The key names the aangifte being saved in this unit of work: no stored receipt can have it, so no read.
        outbox.EnqueueNew(new NotificationRequest(
            $"aangifte-receipt:{receipt.AangifteId}", channel, recipient, receipt.Language, NotificationTemplateIds.AangifteOntvangen,
            new Dictionary<string, string>
            {
                ["receiptNumber"] = receipt.ReceiptNumber,
                [NotificationTemplateIds.Link] = $"/mijn/zaken/{receipt.AangifteId}",
            }));
        return Task.CompletedTask;
    }
}
