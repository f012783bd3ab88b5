using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>
/// Survey invitations about the citizen's own contacts (their aangiftes by BSN, their conversations and logged calls
/// by timeline), sent or still planned. Answers are anonymous and never point back, so they are not part of it; nor is
/// the token, which is a secret.
/// </summary>
public sealed class SurveyInvitationPersonalData(VerbindingDbContext db) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        var bsn = subject.Bsn.Value;
        var references = (await db.Set<SubmittedAangifte>().AsNoTracking().Where(a => a.CitizenBsn == bsn).Select(a => a.Id).ToListAsync(ct))
            .Select(SurveyContactReferences.Aangifte).ToList();
        if (subject.CitizenId is { } citizenId)
        {
            references.AddRange((await db.Set<Conversation>().AsNoTracking().Where(c => c.CitizenId == citizenId).Select(c => c.Id).ToListAsync(ct))
                .Select(SurveyContactReferences.Chat));
            references.AddRange((await db.Set<LoggedContact>().AsNoTracking().Where(c => c.CitizenId == citizenId).Select(c => c.Id).ToListAsync(ct))
                .Select(SurveyContactReferences.LoggedContact));
        }
        var sent = await db.Set<SurveyInvitation>().AsNoTracking()
            .Where(i => i.ContactReference != null && references.Contains(i.ContactReference)).OrderBy(i => i.CreatedAt).ToListAsync(ct);
        var planned = await db.Set<ScheduledSurveyInvitation>().AsNoTracking()
            .Where(s => references.Contains(s.ContactReference)).OrderBy(s => s.DueAt).ToListAsync(ct);
        return
        [
            new("surveyInvitations", [
                .. sent.Select(i => new PersonalDataRecord
                {
                    { "contact", i.ContactReference }, { "channel", i.Channel }, { "language", i.Language }, { "createdAt", i.CreatedAt },
                    { "sentAt", i.SentAt }, { "expiresAt", i.ExpiresAt }, { "answered", i.UsedAt is not null },
                }),
                .. planned.Select(s => new PersonalDataRecord
                {
                    { "contact", s.ContactReference }, { "channel", s.Channel }, { "language", s.Language }, { "createdAt", s.CreatedAt },
                    { "plannedFor", s.DueAt }, { "delivery", s.Delivery },
                }),
            ]),
        ];
    }
}
