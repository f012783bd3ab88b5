using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// Deletes conversations from every table that holds their data: messages, the scheduled survey request, the link on a
/// survey invitation, the conversation. One transaction per batch, so a stop halfway leaves whole conversations.
/// </summary>
internal static class ConversationDeletion
{
    public static async Task<int> DeleteAsync(VerbindingDbContext db, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var references = ids.Select(SurveyContactReferences.Chat).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<ConversationMessage>().Where(m => ids.Contains(m.ConversationId)).ExecuteDeleteAsync(ct);
        await db.Set<ScheduledSurveyInvitation>().Where(s => references.Contains(s.ContactReference)).ExecuteDeleteAsync(ct);
        await db.Set<SurveyInvitation>().Where(i => i.ContactReference != null && references.Contains(i.ContactReference))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ContactReference, (string?)null), ct);
        var deleted = await db.Set<Conversation>().Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return deleted;
    }
}
