using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.FollowUp;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Monitor.Responses;

public enum InvitationState { Open, Used, Expired, Unknown }

public enum SubmitOutcome { Stored, AlreadyUsed, Expired, Unknown }

/// <summary>The survey page's use case: look up a token, and store answers exactly once per token.</summary>
public sealed class SurveySubmission(
    VerbindingDbContext db, SurveyResponseStore store, FollowUpService followUps, RecipientProtector recipients, TimeProvider time)
{
    public async Task<(InvitationState State, SurveyInvitation? Invitation)> FindAsync(string token, CancellationToken ct)
    {
        var hash = SurveyTokens.Hash(token);
        var invitation = await db.Set<SurveyInvitation>().AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        var state = invitation switch
        {
            null => InvitationState.Unknown,
            { UsedAt: not null } => InvitationState.Used,
            _ when invitation.ExpiresAt <= time.GetUtcNow() => InvitationState.Expired,
            _ => InvitationState.Open,
        };
        return (state, invitation);
    }

    public async Task<SubmitOutcome> SubmitAsync(string token, SurveyAnswers answers, CancellationToken ct)
    {
        var (state, invitation) = await FindAsync(token, ct);
        if (state != InvitationState.Open)
        {
            return state switch { InvitationState.Used => SubmitOutcome.AlreadyUsed, InvitationState.Expired => SubmitOutcome.Expired, _ => SubmitOutcome.Unknown };
        }
        var now = time.GetUtcNow();
        // Only the day is kept: an exact time would let someone line invitations up with responses.
        var usedDay = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Claim the token and erase the citizen link in one conditional update: of two simultaneous submits
        // (double click, two nodes) exactly one changes the row.
        var claimed = await db.Set<SurveyInvitation>()
            .Where(i => i.Id == invitation!.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.UsedAt, usedDay)
                .SetProperty(i => i.ProtectedEmail, (string?)null)
                .SetProperty(i => i.ContactReference, (string?)null), ct);
        if (claimed == 0)
        {
            return SubmitOutcome.AlreadyUsed;
        }
        var response = store.Create(invitation!.Metadata, answers);
        await store.AddAsync(db, [response], null, ct);
        FollowUpTask? followUp = null;
        if (store.NeedsFollowUp(response))
        {
            db.Set<FollowUpTask>().Add(followUp = new FollowUpTask
            {
                EenheidId = response.EenheidId,
                BasisteamId = response.BasisteamId,
                ResponseId = response.Id,
                ContactReference = invitation.ContactReference,
                ContactEmail = invitation.ProtectedEmail is null ? null : recipients.Unprotect(invitation.ProtectedEmail),
                CreatedAt = now,
            });
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        if (followUp is not null)
        {
            await followUps.StartClockAsync(followUp, ct);
        }
        return SubmitOutcome.Stored;
    }
}
