using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Privacy.Retention;
using Verbinding.Web.Features.VictimRights;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Aangifte.Privacy;

/// <summary>
/// Anonymises rejected and closed aangiftes whose last status change is older than the period (Wpg: five years at
/// most): who reported, how to reach them, what they wrote, identifiers of goods and suspects, the messages and every attached file.
/// Type, municipality, dates, status, item kinds and values stay, so figures over the years still add up.
/// </summary>
public sealed class ClosedAangifteRetention(VerbindingDbContext db, IOptions<RetentionOptions> options) : IRetentionRule
{
    /// <summary>The BSN of an anonymised aangifte: matches no citizen, and marks the work as done.</summary>
    public const string Erased = "";

    private static readonly AangifteStatus[] Closed = [AangifteStatus.Afgewezen, AangifteStatus.Afgesloten];

    public string Category => "closed-aangiftes";

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct)
    {
        var before = now.AddDays(-options.Value.ClosedAangifteDays);
        var anonymised = 0;
        while (true)
        {
            var batch = await db.Set<SubmittedAangifte>().AsSplitQuery().Include(a => a.Items).Include(a => a.FraudIdentifiers)
                .Where(a => Closed.Contains(a.Status) && a.CitizenBsn != Erased && a.SubmittedAt < before
                    && !db.Set<AangifteStatusChange>().Any(c => c.AangifteId == a.Id && c.At >= before))
                .OrderBy(a => a.Id).Take(options.Value.BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return RetentionResult.OfAnonymised(anonymised);
            }
            var ids = batch.Select(a => a.Id).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var aangifte in batch)
            {
                Anonymise(aangifte);
            }
            await db.SaveChangesAsync(ct);
            // Photos and files (also those of messages) are what the citizen and police sent: they go entirely.
            await db.Set<Attachments.Attachment>().Where(f => f.AangifteId != null && ids.Contains(f.AangifteId.Value)).ExecuteDeleteAsync(ct);
            await db.Set<CaseMessage>().Where(m => ids.Contains(m.AangifteId)).ExecuteDeleteAsync(ct);
            // The victim's register belongs to the case: its choices stay for the figures, the BSN goes.
            await db.Set<VictimRegister>().Where(r => ids.Contains(r.AangifteId))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CitizenBsn, Erased), ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            anonymised += batch.Count;
        }
    }

    private static void Anonymise(SubmittedAangifte a)
    {
        a.CitizenBsn = Erased;
        a.CitizenName = "-";
        a.Description = "-";
        a.Witnesses = null;
        a.Postcode = null;
        a.HouseNumber = null;
        a.Contact = new ContactDetails("none", null, null);
        a.Answers = [];
        a.InformationRequest = null;
        a.InformationResponse = null;
        a.DecidedBy = null;
        a.FraudIdentifiers.Clear();
        foreach (var item in a.Items)
        {
            (item.Brand, item.Model, item.Colour, item.FrameNumber, item.Imei, item.Plate) = (null, null, null, null, null, null);
        }
    }
}
