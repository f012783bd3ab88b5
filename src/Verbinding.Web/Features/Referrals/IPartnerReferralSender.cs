using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// Delivers a referral to a partner. The default sends the intake e-mail with the JSON export attached and, when a
/// drop folder is configured, writes the export there too; a partner with an API gets its own implementation.
/// Throw to fail the attempt: the outbox retries.
/// </summary>
public interface IPartnerReferralSender
{
    Task SendAsync(PartnerDelivery delivery, CancellationToken ct);

    /// <summary>Tells the partner the citizen withdrew consent: the reference only, never the details sent before.</summary>
    Task WithdrawAsync(PartnerWithdrawalDelivery delivery, CancellationToken ct);
}

/// <param name="NotificationId">The outbox row, so a resend after a crash carries the same Message-ID.</param>
/// <param name="Intro">The rendered template: who we are, the reference and the status link.</param>
public sealed record PartnerDelivery(Guid NotificationId, string IdempotencyKey, PartnerIntakeOptions Intake, string IntakeEmail, RenderedNotification Intro, PartnerReferralMessage Message);

/// <param name="Intro">The rendered withdrawal template (reference, request to delete, no personal data).</param>
public sealed record PartnerWithdrawalDelivery(Guid NotificationId, string IdempotencyKey, PartnerIntakeOptions Intake, string IntakeEmail,
    RenderedNotification Intro, PartnerWithdrawalMessage Message);
