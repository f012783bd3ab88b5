using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations;

/// <summary>Chats and WhatsApp conversations linked to the citizen, with every message (agents by role, not name).</summary>
public sealed class ConversationPersonalData(VerbindingDbContext db) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        if (subject.CitizenId is not { } citizenId)
        {
            return [new("conversations", []), new("conversationMessages", [])]; // no timeline record: the categories are there, empty
        }
        var conversations = await db.Set<Conversation>().AsNoTracking().Include(c => c.Messages)
            .Where(c => c.CitizenId == citizenId).OrderBy(c => c.CreatedAt).ToListAsync(ct);
        return
        [
            new("conversations", [.. conversations.Select(c => new PersonalDataRecord
            {
                { "id", c.Id.ToString() }, { "channel", c.Channel }, { "startedAt", c.CreatedAt }, { "closedAt", c.ClosedAt },
                { "topic", c.Topic }, { "state", c.State }, { "outcome", c.Outcome }, { "handoffSummary", c.HandoffSummary },
            })], [.. conversations.Select(c => c.Id.ToString())]),
            new("conversationMessages", [.. conversations.SelectMany(c => c.Messages.OrderBy(m => m.Sequence).Select(m => new PersonalDataRecord
            {
                { "conversationId", c.Id.ToString() }, { "from", m.AuthorKind }, { "at", m.At }, { "text", m.Text },
            }))]),
        ];
    }
}
