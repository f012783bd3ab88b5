using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Contacts;

/// <summary>Deletes logged calls and visits older than the period (default one year, as the privacy statement promises).</summary>
public sealed class LoggedContactRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    public string Category => "logged-contacts";

    public Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.LoggedContactDays);
        return RetentionBatches.DeleteAsync(
            token => db.Set<LoggedContact>().AsNoTracking().Where(c => c.At < before)
                .OrderBy(c => c.Id).Select(c => c.Id).Take(options.Value.BatchSize).ToListAsync(token),
            (ids, token) => db.Set<LoggedContact>().Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(token), ct);
    }
}
