using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// Creates survey invitations. Safe on several nodes: the contact reference is unique (one invitation per contact)
/// and the 90-day rule is one conditional update on a row per citizen, so two nodes cannot both win.
/// </summary>
public sealed class SurveyInvitationService(
    VerbindingDbContext db, IOptions<MonitorOptions> options, TimeProvider time, IEnumerable<ISurveyInvitationSender> senders,
    RecipientProtector recipients)
{
    private readonly MonitorOptions _options = options.Value;

    public bool IsExcluded(InvitationRequest request) =>
        request.Sensitive
        || _options.ExcludedTopics.Contains(request.Metadata.Topic, StringComparer.OrdinalIgnoreCase)
        || _options.ExcludedContactTypes.Contains(request.Metadata.ContactType, StringComparer.OrdinalIgnoreCase);

    public async Task<InvitationResult> CreateAsync(InvitationRequest request, CancellationToken ct)
    {
        if (IsExcluded(request))
        {
            return new InvitationResult(InvitationOutcome.Excluded);
        }
        if (await db.Set<SurveyInvitation>().AnyAsync(i => i.ContactReference == request.ContactReference, ct))
        {
            return new InvitationResult(InvitationOutcome.AlreadyInvited);
        }
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var keyHash = request.CitizenKeyHashed ? request.CitizenKey : SurveyTokens.CitizenKeyHash(request.CitizenKey, _options.CitizenKeySecret);
            if (!await ClaimCitizenAsync(keyHash, now, ct))
            {
                return new InvitationResult(InvitationOutcome.InvitedRecently);
            }
            var token = SurveyTokens.NewToken();
            var invitation = NewInvitation(request, token, now);
            db.Set<SurveyInvitation>().Add(invitation);
            await db.SaveChangesAsync(ct);
            await AggregateWriter.AddAsync(db, new Dictionary<ContactMetadata, AggregateDelta> { [invitation.Metadata] = new() { Invited = 1 } }, ct);
            await SendAsync(invitation, request.RecipientEmail, request.RecipientPhone, token, ct);
            await transaction.CommitAsync(ct);
            return new InvitationResult(InvitationOutcome.Created, invitation.Id, token);
        }
        catch (DbUpdateException)
        {
            // Another node stored this contact or this citizen a moment ago.
            db.ChangeTracker.Clear();
            return new InvitationResult(InvitationOutcome.AlreadyInvited);
        }
    }

    private async Task<bool> ClaimCitizenAsync(string keyHash, DateTimeOffset now, CancellationToken ct)
    {
        var cutoff = now.AddDays(-_options.DaysBetweenInvitations);
        var throttles = db.Set<SurveyInvitationThrottle>();
        if (await throttles.Where(t => t.CitizenKeyHash == keyHash && t.LastInvitedAt <= cutoff)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastInvitedAt, now), ct) == 1)
        {
            return true;
        }
        if (await throttles.AnyAsync(t => t.CitizenKeyHash == keyHash, ct))
        {
            return false;
        }
        throttles.Add(new SurveyInvitationThrottle { CitizenKeyHash = keyHash, LastInvitedAt = now });
        await db.SaveChangesAsync(ct);
        return true;
    }

    private SurveyInvitation NewInvitation(InvitationRequest request, string token, DateTimeOffset now)
    {
        var m = request.Metadata;
        return new SurveyInvitation
        {
            Id = Guid.NewGuid(),
            TokenHash = SurveyTokens.Hash(token),
            ContactReference = request.ContactReference,
            ProtectedEmail = request.RecipientEmail is null ? null : recipients.Protect(request.RecipientEmail),
            Language = request.Language == "en" ? "en" : "nl",
            EenheidId = m.EenheidId,
            BasisteamId = m.BasisteamId,
            Channel = m.Channel,
            ContactType = m.ContactType,
            Topic = m.Topic,
            Month = m.Month,
            WoutOnly = m.WoutOnly,
            CreatedAt = now,
            ExpiresAt = now.AddDays(_options.InvitationValidDays),
        };
    }

    private async Task SendAsync(SurveyInvitation invitation, string? email, string? phone, string token, CancellationToken ct)
    {
        if ((email ?? phone) is not { } recipient)
        {
            return;
        }
        foreach (var sender in senders)
        {
            await sender.SendAsync(new SurveyInvitationMessage(
                invitation.Id, recipient, email is null, invitation.Language, SurveyTokens.Path(token), invitation.ExpiresAt), ct);
            invitation.SentAt = invitation.CreatedAt;
        }
        await db.SaveChangesAsync(ct);
    }
}
