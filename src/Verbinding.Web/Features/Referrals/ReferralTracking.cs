using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals;

/// <summary>A partner link, looked up: the referral and the step it may set, or why it does not work.</summary>
public sealed record PartnerLinkLookup(Referral? Referral, ReferralPartnerToken? Token)
{
    public bool IsValid => Referral is not null && Token is not null;
}

public enum StaffChange { Done, NotAllowed, NotFound }

/// <summary>
/// Status changes after sending: by the partner through a single-use link per step (no login), or by staff of the
/// referral's unit. Every change is a history row and an audit entry.
/// </summary>
public sealed class ReferralTracking(
    VerbindingDbContext db, ReferralService referrals, ReferralPartners partners, INotificationOutbox outbox, ReferralCitizenNotifier citizen,
    AuditTrail audit, TimeProvider time)
{
    /// <summary>A link that is unknown, used, expired, or for a step the referral has passed, does not work.</summary>
    public async Task<PartnerLinkLookup> FindPartnerLinkAsync(string? token, CancellationToken ct = default)
    {
        if (!ReferralTokens.LooksValid(token))
        {
            return new(null, null);
        }
        var hash = ReferralTokens.Hash(token!);
        var row = await db.Set<ReferralPartnerToken>().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (row is null || row.UsedAt is not null || row.ExpiresAt <= time.GetUtcNow())
        {
            return new(null, null);
        }
        var referral = await db.Set<Referral>().Include(r => r.Changes).FirstOrDefaultAsync(r => r.Id == row.ReferralId, ct);
        return referral is null || referral.Status != row.ForStatus ? new(null, null) : new(referral, row);
    }

    /// <summary>Returns the partner's link for the next step, or null when the link or the step is not valid.</summary>
    public async Task<(bool Done, string? NextToken)> PartnerSetsAsync(string? token, ReferralStatus status, CancellationToken ct = default)
    {
        var link = await FindPartnerLinkAsync(token, ct);
        if (!link.IsValid || !ReferralTransitions.Allowed(link.Referral!.Status, status))
        {
            return (false, null);
        }
        var now = time.GetUtcNow();
        link.Token!.UsedAt = now;
        Change(link.Referral, status, "partner", now);
        await citizen.StatusChangedAsync(link.Referral, status, ct);
        string? next = null;
        if (ReferralTransitions.Next(status).Count > 0)
        {
            next = ReferralTokens.NewToken();
            db.Add(referrals.NewPartnerToken(link.Referral.Id, next, status, now));
            // The next step's link also goes to the intake mailbox: whoever follows the referral up may not be the one who accepted it.
            await outbox.EnqueueAsync(new NotificationRequest(
                $"referral-partner-step:{link.Referral.Id}:{status}", NotificationChannel.Email, partners.Intake(link.Referral.PartnerId)?.IntakeEmail,
                "nl", NotificationTemplateIds.VerwijzingPartnerVervolg,
                new Dictionary<string, string> { ["reference"] = link.Referral.Reference, ["link"] = ReferralService.PartnerLink(next) },
                link.Referral.EenheidId), ct);
        }
        // The unique hash plus UsedAt checked in the same save: a double click cannot set the step twice.
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("referral.status", nameof(Referral), link.Referral.Id.ToString(),
            $"Partner {link.Referral.PartnerId} set status {status} through its link"), ct);
        return (true, next);
    }

    public async Task<StaffChange> StaffSetsAsync(StaffScope scope, Guid id, ReferralStatus status, CancellationToken ct = default)
    {
        var referral = await db.Set<Referral>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null || !scope.CanAccess(referral.EenheidId))
        {
            return StaffChange.NotFound;
        }
        if (!ReferralTransitions.Allowed(referral.Status, status))
        {
            return StaffChange.NotAllowed;
        }
        var now = time.GetUtcNow();
        Change(referral, status, "staff", now);
        await citizen.StatusChangedAsync(referral, status, ct);
        // A partner link for the step that staff just took is of no use any more.
        await db.Set<ReferralPartnerToken>().Where(t => t.ReferralId == id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("referral.status", nameof(Referral), id.ToString(),
            $"Staff set status {status} of a warm handover to {referral.PartnerId}"), ct);
        return StaffChange.Done;
    }

    private void Change(Referral referral, ReferralStatus status, string actor, DateTimeOffset now)
    {
        referral.Status = status;
        db.Add(new ReferralStatusChange { Id = Guid.NewGuid(), ReferralId = referral.Id, Status = status, Actor = actor, At = now });
    }
}
