using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>
/// Erases the reporter and the free text of handled meldingen whose outcome is older than the period (Wpg art. 8:
/// one year). Category, municipality, postcode area, dates and outcome stay for the area statistics.
/// </summary>
public sealed class ClosedMeldingRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    public const string Erased = "-";

    public string Category => "closed-meldingen";

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.ClosedMeldingDays);
        var anonymised = 0;
        while (true)
        {
            var ids = await db.Set<Melding>().AsNoTracking()
                .Where(m => m.Status == MeldingStatus.Handled && m.OutcomeAt < before && m.Description != Erased)
                .OrderBy(m => m.Id).Select(m => m.Id).Take(options.Value.BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return RetentionResult.OfAnonymised(anonymised);
            }
            // One statement per batch: atomic, and a repeated batch finds nothing left to do.
            anonymised += await db.Set<Melding>().Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Description, Erased)
                .SetProperty(m => m.AnswersJson, (string?)null)
                .SetProperty(m => m.Street, (string?)null)
                .SetProperty(m => m.HouseNumber, (string?)null)
                .SetProperty(m => m.Postcode, (string?)null)
                .SetProperty(m => m.PlaceDescription, (string?)null)
                .SetProperty(m => m.ContactName, (string?)null)
                .SetProperty(m => m.ContactEmail, (string?)null)
                .SetProperty(m => m.ContactPhone, (string?)null)
                .SetProperty(m => m.ReplayTrackingCode, (string?)null)
                .SetProperty(m => m.CitizenId, (Guid?)null), ct);
        }
    }
}
