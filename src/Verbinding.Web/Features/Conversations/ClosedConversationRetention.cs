using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// Deletes closed conversations, also those of known citizens, once closed longer than the period (default one year,
/// as the privacy statement promises), from every table (<see cref="ConversationDeletion"/>).
/// </summary>
public sealed class ClosedConversationRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    public string Category => "closed-conversations";

    public Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.ClosedConversationDays);
        return RetentionBatches.DeleteAsync(
            token => db.Set<Conversation>().AsNoTracking()
                .Where(c => c.State == ConversationStates.Closed && c.ClosedAt < before)
                .OrderBy(c => c.Id).Select(c => c.Id).Take(options.Value.BatchSize).ToListAsync(token),
            (ids, token) => ConversationDeletion.DeleteAsync(db, ids, token), ct);
    }
}
