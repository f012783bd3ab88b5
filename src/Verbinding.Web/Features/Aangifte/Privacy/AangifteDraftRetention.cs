using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Aangifte.Privacy;

/// <summary>
/// Deletes drafts past their <see cref="AangifteDraft.ExpiresAt"/> (set from <c>Aangifte:DraftRetentionDays</c> after
/// every save). A sent draft goes too: the aangifte itself holds what was sent.
/// </summary>
public sealed class AangifteDraftRetention(VerbindingDbContext db) : IRetentionRule
{
    public string Category => "aangifte-drafts";

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct) =>
        RetentionResult.OfDeleted(await db.Set<AangifteDraft>().Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(ct));
}
