using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Referrals;

/// <summary>
/// The citizen's referrals to partners, made while signed in with DigiD (found by BSN): to whom, what they agreed to
/// share, how they hear about it and each step. A referral keeps no hash of the contact details, and an anonymous one
/// belongs to whoever holds its link, so BSN is the only match. Not shown: the status address and the link secret
/// (encrypted, and the link would open the referral to anyone reading the file); the shared values themselves left
/// with the partner e-mail.
/// </summary>
public sealed class ReferralPersonalData(VerbindingDbContext db, ReferralPartners partners) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        var bsn = subject.Bsn.Value;
        var referrals = await db.Set<Referral>().AsNoTracking().Include(r => r.Changes)
            .Where(r => r.CitizenBsn == bsn).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var ids = referrals.Select(r => r.Id.ToString()).ToList();
        return
        [
            new("referrals", [.. referrals.Select(r => new PersonalDataRecord
            {
                { "reference", r.Reference }, { "partner", partners.Find(r.PartnerId)?.Name ?? r.PartnerId }, { "source", r.Source.ToString() },
                { "status", r.Status.ToString() }, { "sharedItems", string.Join(", ", r.SharedItemList) }, { "consentedAt", r.ConsentedAt },
                { "consentChannel", r.ConsentChannel }, { "statusChannel", r.NotifyBy?.ToString() }, { "language", r.Language },
                { "eenheid", r.EenheidId }, { "createdAt", r.CreatedAt }, { "deliveredAt", r.DeliveredAt }, { "withdrawnAt", r.WithdrawnAt },
            })], ids),
            new("referralStatusChanges", [.. referrals.SelectMany(r => r.Changes.OrderBy(c => c.At).Select(c => new PersonalDataRecord
            {
                { "reference", r.Reference }, { "status", c.Status.ToString() }, { "by", c.Actor }, { "at", c.At },
            }))]),
        ];
    }
}
