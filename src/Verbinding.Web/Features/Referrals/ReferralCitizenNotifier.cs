using Microsoft.AspNetCore.DataProtection;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// Tells the citizen that their referral changed: the partner's name, what the step means, and the status link they
/// already have - nothing they shared. One message per referral and status (the idempotency key), in the referral's
/// language, by the e-mail address or mobile number given on the consent page, or in the portal for a DigiD citizen without one.
/// </summary>
public sealed class ReferralCitizenNotifier(
    INotificationOutbox outbox, RecipientProtector recipients, IDataProtectionProvider protection, ReferralPartners partners, ILogger<ReferralCitizenNotifier> logger)
{
    public const string TokenPurpose = "Verbinding.Referrals.CitizenLink";

    /// <summary>
    /// Stores where the citizen hears about changes, encrypted; called when the referral is created. Returns the e-mail
    /// address or the phone number in E.164 chosen (<see cref="NotificationRecipient.Choose"/>: e-mail first), or null
    /// when there is none.
    /// </summary>
    public string? Remember(Referral referral, string? statusEmail, string? statusPhone, string citizenToken)
    {
        referral.ProtectedCitizenToken = Protector.Protect(citizenToken);
        if (NotificationRecipient.Choose(null, statusEmail, statusPhone, hasBsn: referral.CitizenBsn is not null) is not { } recipient)
        {
            return null;
        }
        referral.NotifyBy = recipient.Channel;
        referral.ProtectedRecipient = recipient.Address is { } address ? recipients.Protect(address) : null;
        return recipient.Address;
    }

    /// <summary>Adds to the caller's unit of work, so the message exists exactly when the change does.</summary>
    public async Task StatusChangedAsync(Referral referral, ReferralStatus status, CancellationToken ct)
    {
        if (referral.NotifyBy is not { } channel || Template(status) is not { } template)
        {
            return; // no address and no DigiD: the citizen follows the referral with their link
        }
        var address = referral.ProtectedRecipient is { } stored ? recipients.Unprotect(stored) : null;
        var link = channel == NotificationChannel.Portal ? $"/mijn/verwijzingen/{referral.Id}" : StatusLink(referral) ?? $"/mijn/verwijzingen/{referral.Id}";
        var partner = partners.Find(referral.PartnerId)?.Name ?? referral.PartnerId;
        try
        {
            await outbox.EnqueueAsync(new NotificationRequest($"referral-status:{referral.Id}:{status}", channel, address, referral.Language, template,
                new Dictionary<string, string>
                {
                    ["reference"] = referral.Reference, [NotificationTemplateIds.Partner] = partner, [NotificationTemplateIds.Link] = link,
                }, referral.EenheidId), ct);
        }
        catch (ArgumentException e)
        {
            // A stored address the outbox now refuses must not undo the partner's or citizen's step; the message names no address.
            logger.LogWarning("Status message for referral {Reference} not sent: {Reason}", referral.Reference, e.Message);
        }
    }

    /// <summary>The citizen's own status link (<c>/verwijzing/&lt;token&gt;</c>), until consent is withdrawn.</summary>
    public string? StatusLink(Referral referral) =>
        referral.ProtectedCitizenToken is { } stored ? ReferralService.CitizenLink(Protector.Unprotect(stored)) : null;

    /// <summary>Sent needs none: the message with the status link goes out when the referral is made.</summary>
    public static string? Template(ReferralStatus status) => status switch
    {
        ReferralStatus.Accepted => NotificationTemplateIds.VerwijzingAangenomen,
        ReferralStatus.ContactedCitizen => NotificationTemplateIds.VerwijzingContact,
        ReferralStatus.Declined => NotificationTemplateIds.VerwijzingAfgewezen,
        ReferralStatus.Withdrawn => NotificationTemplateIds.VerwijzingIngetrokken,
        _ => null,
    };

    private IDataProtector Protector => protection.CreateProtector(TokenPurpose);
}
