using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// The outbox channel for warm handovers. The outbox row holds only the reference and the link; the consented values
/// are read (decrypted) from the referral at send time and erased from it once the partner has them.
/// </summary>
public sealed class PartnerReferralChannel(IServiceScopeFactory scopes, IDataProtectionProvider protection, NotificationRenderer renderer) : INotificationChannel
{
    public NotificationChannel Channel => NotificationChannel.Partner;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken ct)
    {
        var key = notification.IdempotencyKey;
        var withdrawal = key.StartsWith(ReferralWithdrawal.PartnerKeyPrefix, StringComparison.Ordinal);
        var prefix = withdrawal ? ReferralWithdrawal.PartnerKeyPrefix : ReferralService.PartnerKeyPrefix;
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || !Guid.TryParse(key[prefix.Length..], out var id))
        {
            throw new InvalidOperationException("A partner notification must belong to a referral.");
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VerbindingDbContext>();
        var referral = await db.Set<Referral>().FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new InvalidOperationException("The referral of this partner notification does not exist.");
        var intake = scope.ServiceProvider.GetRequiredService<ReferralPartners>().Intake(referral.PartnerId);
        var sender = scope.ServiceProvider.GetRequiredService<IPartnerReferralSender>();
        if (withdrawal)
        {
            if (referral.DeliveredAt is null)
            {
                return; // never delivered: there is nothing for the partner to delete
            }
            // A partner whose intake address was removed since: fail, so the dead letter shows staff someone must call them.
            var to = intake ?? throw new InvalidOperationException($"Partner {referral.PartnerId} has no intake address configured.");
            await sender.WithdrawAsync(new PartnerWithdrawalDelivery(notification.Id, key, to, notification.Recipient ?? to.IntakeEmail!,
                notification.Content, new PartnerWithdrawalMessage(referral.Reference, referral.PartnerId, referral.WithdrawnAt ?? referral.CreatedAt)), ct);
            return;
        }
        if (referral.ProtectedPayload is null || referral.Status == ReferralStatus.Withdrawn)
        {
            return; // already delivered by an earlier attempt whose "sent" mark was lost, or consent withdrawn before sending
        }
        var payload = JsonSerializer.Deserialize<ReferralPayload>(protection.CreateProtector(ReferralService.PayloadPurpose).Unprotect(referral.ProtectedPayload))!;
        if (intake is null)
        {
            throw new InvalidOperationException($"Partner {referral.PartnerId} has no intake address configured.");
        }
        var message = new PartnerReferralMessage(referral.Reference, referral.PartnerId, referral.Source.ToString(), referral.ConsentedAt,
            referral.Language, payload.Items, renderer.AbsoluteLink(ReferralService.PartnerLink(payload.PartnerToken), "nl"));
        await sender.SendAsync(
            new PartnerDelivery(notification.Id, notification.IdempotencyKey, intake, notification.Recipient ?? intake.IntakeEmail!, notification.Content, message), ct);
        referral.ProtectedPayload = null;
        referral.DeliveredAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
