using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Jobs;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// Turns due invitation requests into invitations. Runs on every node: each request is leased with one conditional
/// update before it is worked on, and the invitation's unique contact reference means a request retried after a crash
/// (lease run out) finds its invitation instead of making a second one. The request row is deleted when done.
/// </summary>
public sealed class SurveyInvitationScheduler(
    VerbindingDbContext db, SurveyInvitationService invitations, RecipientProtector recipients, IEnumerable<ISurveyChatOffer> chats,
    IOptions<MonitorOptions> options, TimeProvider time, ILogger<SurveyInvitationScheduler> logger)
{
    public const int MaxAttempts = 5;
    private const int BatchSize = 50;

    private readonly string _holder = $"{JobLeases.ProcessHolder}:{Guid.NewGuid():N}";

    /// <summary>Handles the requests that are due; returns how many became an invitation.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await db.Set<ScheduledSurveyInvitation>().AsNoTracking()
            .Where(s => s.DueAt <= now && (s.LeasedUntil == null || s.LeasedUntil <= now))
            .OrderBy(s => s.DueAt).Select(s => s.Id).Take(BatchSize).ToListAsync(ct);
        var created = 0;
        foreach (var id in due)
        {
            if (await ProcessAsync(id, ct) == InvitationOutcome.Created)
            {
                created++;
            }
        }
        return created;
    }

    /// <summary>Handles one request if it is due and no other node holds it; null when it was not ours or failed (retried later).</summary>
    public async Task<InvitationOutcome?> ProcessAsync(Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var until = now + options.Value.SchedulerLease;
        var claimed = await db.Set<ScheduledSurveyInvitation>()
            .Where(s => s.Id == id && s.DueAt <= now && (s.LeasedUntil == null || s.LeasedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeasedUntil, until).SetProperty(r => r.LeaseHolder, _holder)
                .SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
        if (claimed == 0)
        {
            return null;
        }
        var request = await db.Set<ScheduledSurveyInvitation>().AsNoTracking().SingleAsync(s => s.Id == id, ct);
        try
        {
            var outcome = await InviteAsync(request, ct);
            await DeleteAsync(id, ct);
            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            logger.LogWarning(ex, "Survey invitation request failed (attempt {Attempt})", request.Attempts);
            if (request.Attempts >= MaxAttempts)
            {
                await DeleteAsync(id, ct); // the e-mail address must not wait here forever
            }
            return null;
        }
    }

    private async Task<InvitationOutcome> InviteAsync(ScheduledSurveyInvitation request, CancellationToken ct)
    {
        var email = request.ProtectedEmail is null ? null : recipients.Unprotect(request.ProtectedEmail);
        var phone = request.ProtectedPhone is null ? null : recipients.Unprotect(request.ProtectedPhone);
        var result = await invitations.CreateAsync(new InvitationRequest(
            request.ContactReference, request.CitizenKeyHash, email, request.Language, request.Metadata, CitizenKeyHashed: true, RecipientPhone: phone), ct);
        if (result.Outcome == InvitationOutcome.Created && request.Delivery == SurveyDelivery.Chat
            && SurveyContactReferences.ConversationId(request.ContactReference) is { } conversationId)
        {
            foreach (var chat in chats)
            {
                await chat.OfferAsync(conversationId, SurveyTokens.Path(result.Token!), ct);
            }
        }
        return result.Outcome;
    }

    private Task<int> DeleteAsync(Guid id, CancellationToken ct) =>
        db.Set<ScheduledSurveyInvitation>().Where(s => s.Id == id && s.LeaseHolder == _holder).ExecuteDeleteAsync(ct);
}
