using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Contacts;

/// <summary>Deletes logged calls and visits older than the period (default one year, as the privacy statement promises).</summary>
public sealed class LoggedContactRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    public string Category => "logged-contacts";

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.LoggedContactDays);
        var deleted = 0;
        while (true)
        {
            var ids = await db.Set<LoggedContact>().AsNoTracking().Where(c => c.At < before)
                .OrderBy(c => c.Id).Select(c => c.Id).Take(options.Value.BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return RetentionResult.OfDeleted(deleted);
            }
            deleted += await db.Set<LoggedContact>().Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct);
        }
    }
}
