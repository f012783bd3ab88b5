using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Notifications;

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// Takes the citizen out of a referral once it is done: finished (contact made, declined or withdrawn) with no step for
/// <see cref="RetentionOptions.FinishedReferralDays"/>, or still open with no step for
/// <see cref="RetentionOptions.OpenReferralDays"/> (the partner's links expired long ago). The BSN, the links to the
/// citizen's chat, melding or aangifte, the values still held for the partner, the status address, the link secret and
/// which items were shared go; the citizen's status link and the partner's links stop working. Partner, source kind,
/// unit, status, history and dates stay for the figures; the audit trail keeps the consent record.
/// </summary>
public sealed class ReferralRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    /// <summary>Starts the erased <see cref="Referral.CitizenTokenHash"/> (a hash is hex): no token matches it, and erased rows are skipped.</summary>
    public const string ErasedPrefix = "-";

    public string Category => "referrals";

    public Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var finishedBefore = now.AddDays(-options.Value.FinishedReferralDays);
        var openBefore = now.AddDays(-options.Value.OpenReferralDays);
        // "No step since" rather than a last-change column: the history rows are the dates the figures keep anyway.
        return RetentionBatches.AnonymiseAsync(
            token => db.Set<Referral>().AsNoTracking()
                .Where(r => !r.CitizenTokenHash.StartsWith(ErasedPrefix))
                .Where(r => r.Status == ReferralStatus.ContactedCitizen || r.Status == ReferralStatus.Declined || r.Status == ReferralStatus.Withdrawn
                    ? r.CreatedAt < finishedBefore && !r.Changes.Any(c => c.At >= finishedBefore)
                    : r.CreatedAt < openBefore && !r.Changes.Any(c => c.At >= openBefore))
                .OrderBy(r => r.Id).Select(r => r.Id).Take(options.Value.BatchSize).ToListAsync(token),
            EraseAsync, ct);
    }

    private async Task<int> EraseAsync(List<Guid> ids, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<ReferralPartnerToken>().Where(t => ids.Contains(t.ReferralId)).ExecuteDeleteAsync(ct);
        var erased = await db.Set<Referral>().Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.CitizenBsn, (string?)null)
            .SetProperty(r => r.SourceId, (string?)null)
            .SetProperty(r => r.AangifteId, (Guid?)null)
            .SetProperty(r => r.SharedItems, "")
            .SetProperty(r => r.ProtectedPayload, (string?)null)
            .SetProperty(r => r.NotifyBy, (NotificationChannel?)null)
            .SetProperty(r => r.ProtectedRecipient, (string?)null)
            .SetProperty(r => r.ProtectedCitizenToken, (string?)null)
            .SetProperty(r => r.CitizenTokenHash, r => ErasedPrefix + r.Reference), ct);
        await transaction.CommitAsync(ct);
        return erased;
    }
}
