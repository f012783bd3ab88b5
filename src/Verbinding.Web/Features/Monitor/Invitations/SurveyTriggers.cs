using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Monitor.Invitations;

public enum ScheduleOutcome { Scheduled, Disabled, Excluded, NotSampled, NoChannel, AlreadyScheduled, Failed }

/// <summary>
/// Turns a closed contact into a durable invitation request, due after the configured delay. Nothing is stored for
/// contacts that are excluded or not in the sample. A request that is due at once is handled straight away (in its own
/// scope, as the scheduler would), so a citizen still in the chat sees the invitation; if that fails, the scheduler retries.
/// </summary>
public sealed partial class SurveyTriggers(
    VerbindingDbContext db, SurveyInvitationService invitations, RecipientProtector recipients, IOptions<MonitorOptions> options,
    TimeProvider time, IServiceScopeFactory scopes, ILogger<SurveyTriggers> logger)
{
    private readonly MonitorOptions _options = options.Value;

    /// <summary>
    /// Never throws for a database problem: the contact is closed already, and a missed survey must not undo that.
    /// Takes no cancellation token on purpose: a citizen or colleague whose page goes away after closing (the agent's
    /// page reloads on the close itself) must not cancel the invitation of a contact that is closed.
    /// </summary>
    public async Task<ScheduleOutcome> ScheduleAsync(ClosedContact contact, InvitationTriggerOptions trigger)
    {
        var ct = CancellationToken.None;
        try
        {
            return await TryScheduleAsync(contact, trigger, ct);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Survey invitation request could not be stored; this contact is not surveyed");
            return ScheduleOutcome.Failed;
        }
    }

    private async Task<ScheduleOutcome> TryScheduleAsync(ClosedContact contact, InvitationTriggerOptions trigger, CancellationToken ct)
    {
        var outcome = Decide(contact, trigger);
        if (outcome != ScheduleOutcome.Scheduled)
        {
            logger.LogDebug("No survey invitation for {Reference}: {Outcome}", contact.ContactReference, outcome);
            return outcome;
        }
        var now = time.GetUtcNow();
        var m = contact.Metadata;
        var delivery = DeliveryOf(contact) ?? SurveyDelivery.Chat; // never null here: Decide refused contacts without a channel
        var request = new ScheduledSurveyInvitation
        {
            Id = Guid.CreateVersion7(now),
            ContactReference = contact.ContactReference,
            CitizenKeyHash = SurveyTokens.CitizenKeyHash(contact.CitizenKey, _options.CitizenKeySecret),
            ProtectedEmail = contact.Email is null ? null : recipients.Protect(contact.Email),
            ProtectedPhone = delivery == SurveyDelivery.Sms ? recipients.Protect(contact.Phone!) : null,
            Delivery = delivery,
            Language = contact.Language == "en" ? "en" : "nl",
            EenheidId = m.EenheidId, BasisteamId = m.BasisteamId, Channel = m.Channel, ContactType = m.ContactType,
            Topic = m.Topic, Month = m.Month, WoutOnly = m.WoutOnly,
            CreatedAt = now,
            DueAt = now + trigger.Delay,
        };
        if (!await AddAsync(request, ct))
        {
            return ScheduleOutcome.AlreadyScheduled;
        }
        if (trigger.Delay <= TimeSpan.Zero)
        {
            await ProcessNowAsync(request.Id, ct);
        }
        return ScheduleOutcome.Scheduled;
    }

    private ScheduleOutcome Decide(ClosedContact contact, InvitationTriggerOptions trigger)
    {
        if (!trigger.Enabled)
        {
            return ScheduleOutcome.Disabled;
        }
        if (invitations.IsExcluded(new InvitationRequest(contact.ContactReference, "", null, contact.Language, contact.Metadata)))
        {
            return ScheduleOutcome.Excluded;
        }
        if (!SurveySampling.Includes(contact.ContactReference, trigger.SamplingRate))
        {
            return ScheduleOutcome.NotSampled;
        }
        return DeliveryOf(contact) is null ? ScheduleOutcome.NoChannel : ScheduleOutcome.Scheduled;
    }

    /// <summary>E-mail first, then the chat the citizen is in, then SMS.</summary>
    private static string? DeliveryOf(ClosedContact contact) =>
        contact.Email is not null ? SurveyDelivery.Email
        : contact.ConversationId is not null ? SurveyDelivery.Chat
        : !string.IsNullOrWhiteSpace(contact.Phone) ? SurveyDelivery.Sms
        : null;

    private async Task<bool> AddAsync(ScheduledSurveyInvitation request, CancellationToken ct)
    {
        var entry = db.Add(request);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The contact was closed twice (a retry, or two nodes): the unique reference kept one request.
            return false;
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    private async Task ProcessNowAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SurveyInvitationScheduler>().ProcessAsync(id, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Closing the contact succeeded; the invitation is the scheduler's to retry.
            logger.LogWarning(ex, "Immediate survey invitation failed; the scheduler retries");
        }
    }
}
