using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals;

public enum WithdrawalOutcome { NotFound, Withdrawn, AlreadyWithdrawn }

/// <param name="PartnerHadData">The partner received the details before the withdrawal: it has been asked to delete them.</param>
public sealed record WithdrawalResult(WithdrawalOutcome Outcome, Referral? Referral, bool PartnerHadData);

/// <summary>
/// The citizen withdraws consent with their status link: the details still held for the partner are erased, the
/// partner's step links stop working, the partner is told (reference only) and asked to delete what it received,
/// and the citizen gets a confirmation. Nothing more goes to the partner afterwards.
/// </summary>
public sealed class ReferralWithdrawal(
    VerbindingDbContext db, ReferralPartners partners, INotificationOutbox outbox, ReferralCitizenNotifier citizen, AuditTrail audit, TimeProvider time)
{
    public const string PartnerKeyPrefix = "referral-partner-withdrawn:";

    /// <summary>The public page on how we handle personal data; the withdrawal message needs a link and has no step left.</summary>
    public const string PrivacyLink = "/privacy";

    public async Task<WithdrawalResult> WithdrawAsync(string? token, CancellationToken ct = default)
    {
        if (!ReferralTokens.LooksValid(token))
        {
            return new(WithdrawalOutcome.NotFound, null, false);
        }
        var hash = ReferralTokens.Hash(token!);
        var referral = await db.Set<Referral>().FirstOrDefaultAsync(r => r.CitizenTokenHash == hash, ct);
        if (referral is null)
        {
            return new(WithdrawalOutcome.NotFound, null, false);
        }
        var partnerHadData = referral.DeliveredAt is not null;
        if (referral.Status == ReferralStatus.Withdrawn)
        {
            return new(WithdrawalOutcome.AlreadyWithdrawn, referral, partnerHadData);
        }
        var now = time.GetUtcNow();
        referral.ProtectedPayload = null; // not delivered yet: the partner never gets it
        referral.Status = ReferralStatus.Withdrawn;
        referral.WithdrawnAt = now;
        db.Add(new ReferralStatusChange { Id = Guid.NewGuid(), ReferralId = referral.Id, Status = ReferralStatus.Withdrawn, Actor = "citizen", At = now });
        await db.Set<ReferralPartnerToken>().Where(t => t.ReferralId == referral.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        // Always queued: the channel tells the partner only if the details reached it by the time this is sent.
        await outbox.EnqueueAsync(new NotificationRequest(PartnerKeyPrefix + referral.Id, NotificationChannel.Partner,
            partners.Intake(referral.PartnerId)?.IntakeEmail, "nl", NotificationTemplateIds.VerwijzingPartnerIngetrokken,
            new Dictionary<string, string> { ["reference"] = referral.Reference, [NotificationTemplateIds.Link] = PrivacyLink }, referral.EenheidId), ct);
        await citizen.StatusChangedAsync(referral, ReferralStatus.Withdrawn, ct);
        // The confirmation holds its own (encrypted) copy of the address; no later step can message the citizen, so forget it.
        referral.NotifyBy = null;
        referral.ProtectedRecipient = null;
        referral.ProtectedCitizenToken = null;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("referral.withdrawn", nameof(Referral), referral.Id.ToString(),
            $"Citizen withdrew consent for the warm handover to {referral.PartnerId} through the status link; "
            + (partnerHadData ? "the partner had the details and is asked to delete them" : "the details had not been sent and are erased")), ct);
        return new(WithdrawalOutcome.Withdrawn, referral, partnerHadData);
    }
}
