using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen;

public enum FeedbackResult
{
    Done,
    NotFound,
    UnknownOutcome,
}

/// <summary>
/// The team acts once for a bundle: every melding in it gets the chosen public outcome and every reporter who left
/// contact details gets a message, all in one transaction (the outbox rows are saved with the outcome, or neither is).
/// </summary>
public sealed class BundleFeedbackService(
    VerbindingDbContext db, MeldingCatalog catalog, INotificationOutbox outbox, TimeProvider time, AuditTrail audit, IOptions<MeldingenOptions> options,
    IMemoryCache trackingCache)
{
    public async Task<(FeedbackResult Result, int Meldingen, int Notified)> GiveAsync(
        long bundleId, string? outcomeId, string? note, StaffScope scope, string fallbackBaseUrl, CancellationToken ct)
    {
        var outcome = catalog.FindOutcome(outcomeId);
        if (outcome is null)
        {
            return (FeedbackResult.UnknownOutcome, 0, 0);
        }
        var bundle = await db.Set<MeldingBundle>().Include(b => b.Meldingen).FirstOrDefaultAsync(b => b.Id == bundleId, ct);
        if (bundle is null || !scope.CanAccess(bundle.EenheidId))
        {
            return (FeedbackResult.NotFound, 0, 0);
        }
        var now = time.GetUtcNow();
        var baseUrl = (string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? fallbackBaseUrl : options.Value.PublicBaseUrl).TrimEnd('/');
        var notified = 0;
        foreach (var melding in bundle.Meldingen)
        {
            melding.OutcomeId = outcome.Id;
            melding.OutcomeAt = now;
            melding.Status = MeldingStatus.Handled;
            if (Message(melding, now) is { } message && await outbox.EnqueueAsync(message, ct))
            {
                notified++;
            }
        }
        db.Add(new MeldingFeedback
        {
            BundleId = bundle.Id,
            OutcomeId = outcome.Id,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, MeldingLimits.Note)],
            ActorId = scope.UserId,
            At = now,
            MeldingCount = bundle.Meldingen.Count,
            NotificationCount = notified,
        });
        await db.SaveChangesAsync(ct);
        bundle.Meldingen.ForEach(m => MeldingTracking.Forget(trackingCache, m.Reference));
        await audit.RecordAsync(new AuditEvent("melding.feedback", nameof(MeldingBundle), bundle.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "melding-handling"), ct);
        return (FeedbackResult.Done, bundle.Meldingen.Count, notified);
    }

    /// <summary>
    /// Only the reference and a link to the tracking page go out: the outcome itself is read there, so a message
    /// seen by someone else on the reporter's phone tells them nothing.
    /// </summary>
    private static NotificationRequest? Message(Melding melding, DateTimeOffset now)
    {
        var (channel, recipient) = melding switch
        {
            { ContactEmail: { } email } => (NotificationChannel.Email, email),
            { ContactPhone: { } phone } => (NotificationChannel.Sms, phone),
            _ => (NotificationChannel.Email, (string?)null),
        };
        if (recipient is null)
        {
            return null;
        }
        return new NotificationRequest(
            $"melding-feedback:{melding.Id}:{now.ToUnixTimeMilliseconds()}", channel, recipient, melding.Language,
            NotificationTemplateIds.MeldingTerugkoppeling,
            new Dictionary<string, string> { ["reference"] = melding.Reference, [NotificationTemplateIds.Link] = MeldingLinks.Tracking(melding.Reference, null) },
            melding.EenheidId);
    }
}
