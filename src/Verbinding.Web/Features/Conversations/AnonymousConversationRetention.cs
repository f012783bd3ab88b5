using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// Deletes conversations linked to no citizen once their last activity is older than the period (default 90 days),
/// with their messages and any survey request that points at them. A citizen-linked conversation stays: it is part
/// of that citizen's contact history.
/// </summary>
public sealed class AnonymousConversationRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    public string Category => "anonymous-conversations";

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.AnonymousConversationDays);
        var deleted = 0;
        while (true)
        {
            var ids = await db.Set<Conversation>().AsNoTracking()
                .Where(c => c.CitizenId == null && c.UpdatedAt < before)
                .OrderBy(c => c.Id).Select(c => c.Id).Take(options.Value.BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return RetentionResult.OfDeleted(deleted);
            }
            var references = ids.Select(SurveyContactReferences.Chat).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Set<ConversationMessage>().Where(m => ids.Contains(m.ConversationId)).ExecuteDeleteAsync(ct);
            await db.Set<ScheduledSurveyInvitation>().Where(s => references.Contains(s.ContactReference)).ExecuteDeleteAsync(ct);
            await db.Set<SurveyInvitation>().Where(i => i.ContactReference != null && references.Contains(i.ContactReference))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ContactReference, (string?)null), ct);
            deleted += await db.Set<Conversation>().Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }
    }
}
