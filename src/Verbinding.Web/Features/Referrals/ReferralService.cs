using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// Creates a warm handover from a consent form and sends it through the outbox: the partner e-mail (consented items
/// only) and the citizen's status link are committed together with the referral, or not at all.
/// </summary>
public sealed class ReferralService(
    VerbindingDbContext db,
    ReferralPartners partners,
    INotificationOutbox outbox,
    IDataProtectionProvider protection,
    AuditTrail audit,
    ReferralCitizenNotifier notifier,
    TimeProvider time,
    IOptions<ReferralOptions> options)
{
    public const string PayloadPurpose = "Verbinding.Referrals.Payload";

    public const string PartnerKeyPrefix = "referral-partner:";

    public async Task<ReferralCreated> CreateAsync(ReferralRequest request, CancellationToken ct = default)
    {
        if (partners.Find(request.PartnerId) is not { } partner || !partners.AcceptsWarmHandover(partner))
        {
            return new ReferralCreated(null, null, ReferralRefusal.NotWarmPartner);
        }
        var shared = ConsentFilter.Shared(request.Values, request.Ticked);
        if (shared.Count == 0)
        {
            return new ReferralCreated(null, null, ReferralRefusal.NoConsent);
        }
        var now = time.GetUtcNow();
        var citizenToken = ReferralTokens.NewToken();
        var partnerToken = ReferralTokens.NewToken();
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(now),
            Reference = ReferralTokens.NewReference(),
            PartnerId = partner.Id,
            Source = request.Source,
            SourceId = request.SourceId,
            AangifteId = request.AangifteId,
            CitizenBsn = request.CitizenBsn,
            EenheidId = request.EenheidId,
            Status = ReferralStatus.Sent,
            SharedItems = string.Join(',', shared.Keys),
            ConsentedAt = now,
            ConsentChannel = "web",
            Language = request.Language,
            ProtectedPayload = Protector.Protect(JsonSerializer.Serialize(new ReferralPayload(shared, partnerToken))),
            CitizenTokenHash = ReferralTokens.Hash(citizenToken),
            CreatedAt = now,
        };
        var statusAddress = notifier.Remember(referral, request.StatusEmail, request.StatusPhone, citizenToken);
        referral.Changes.Add(new ReferralStatusChange { Id = Guid.NewGuid(), ReferralId = referral.Id, Status = ReferralStatus.Sent, Actor = "citizen", At = now });
        db.Add(referral);
        db.Add(NewPartnerToken(referral.Id, partnerToken, ReferralStatus.Sent, now));
        await outbox.EnqueueAsync(new NotificationRequest(
            PartnerKeyPrefix + referral.Id, NotificationChannel.Partner, partners.Intake(partner.Id)!.IntakeEmail, "nl",
            NotificationTemplateIds.VerwijzingPartner,
            new Dictionary<string, string> { ["reference"] = referral.Reference, ["link"] = PartnerLink(partnerToken) },
            request.EenheidId), ct);
        if (statusAddress is not null)
        {
            await outbox.EnqueueAsync(new NotificationRequest(
                $"referral-citizen:{referral.Id}", referral.NotifyBy!.Value, statusAddress, request.Language,
                NotificationTemplateIds.VerwijzingBurger,
                new Dictionary<string, string> { ["reference"] = referral.Reference, ["link"] = CitizenLink(citizenToken) },
                request.EenheidId), ct);
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("referral.consent", nameof(Referral), referral.Id.ToString(),
            $"Warm handover to {partner.Id}: citizen consented on channel {referral.ConsentChannel} at {now:O} to share [{referral.SharedItems}]"), ct);
        return new ReferralCreated(referral, citizenToken, ReferralRefusal.None);
    }

    public static string CitizenLink(string token) => $"/verwijzing/{token}";

    public static string PartnerLink(string token) => $"/partner/verwijzing/{token}";

    internal ReferralPartnerToken NewPartnerToken(Guid referralId, string token, ReferralStatus forStatus, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        ReferralId = referralId,
        TokenHash = ReferralTokens.Hash(token),
        ForStatus = forStatus,
        ExpiresAt = now + options.Value.PartnerLinkLifetime,
    };

    private IDataProtector Protector => protection.CreateProtector(PayloadPurpose);
}

/// <summary>What is kept encrypted until the partner e-mail has left: the consented values and the partner's first link.</summary>
public sealed record ReferralPayload(IReadOnlyDictionary<string, string> Items, string PartnerToken);
