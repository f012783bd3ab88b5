using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Aangifte.Privacy;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Cases.Privacy;

/// <summary>
/// Takes the citizen out of a case (BSN, timeline link, the title colleagues wrote, the address for status messages) once it has been closed for the
/// period of a closed aangifte, or as soon as the aangifte it was opened from has been anonymised. Number, unit, status
/// and the links stay: the linked items have their own retention.
/// </summary>
public sealed class ClosedCaseRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    public const string Erased = "-";

    public string Category => "closed-cases";

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.ClosedAangifteDays);
        var anonymisedAangiftes = db.Set<SubmittedAangifte>().Where(a => a.CitizenBsn == ClosedAangifteRetention.Erased)
            .Select(a => a.Id.ToString().ToLower()); // SQLite writes a Guid in upper case; origins hold the .NET (lower case) form
        var count = await db.Set<CaseFile>()
            .Where(c => c.Title != Erased && ((c.Status == CaseStatus.Afgesloten && c.ClosedAt < before)
                || (c.OriginType == CaseItemTypes.Aangifte && anonymisedAangiftes.Contains(c.OriginId))))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CitizenBsn, (string?)null).SetProperty(c => c.CitizenId, (Guid?)null)
                .SetProperty(c => c.Title, Erased).SetProperty(c => c.ProtectedRecipient, (string?)null), ct);
        return RetentionResult.OfAnonymised(count);
    }
}
