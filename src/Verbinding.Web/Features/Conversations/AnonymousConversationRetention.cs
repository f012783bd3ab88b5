using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Conversations;

/// <summary>
/// Deletes conversations linked to no citizen once their last activity is older than the period (default 90 days),
/// from every table (<see cref="ConversationDeletion"/>). A citizen-linked conversation stays: it is part of that
/// citizen's contact history (<see cref="ClosedConversationRetention"/> ends it).
/// </summary>
public sealed class AnonymousConversationRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    public string Category => "anonymous-conversations";

    public Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.AnonymousConversationDays);
        return RetentionBatches.DeleteAsync(
            token => db.Set<Conversation>().AsNoTracking()
                .Where(c => c.CitizenId == null && c.UpdatedAt < before)
                .OrderBy(c => c.Id).Select(c => c.Id).Take(options.Value.BatchSize).ToListAsync(token),
            (ids, token) => ConversationDeletion.DeleteAsync(db, ids, token), ct);
    }
}
