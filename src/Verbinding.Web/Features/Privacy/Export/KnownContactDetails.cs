using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Privacy.Export;

/// <summary>
/// The e-mail addresses and phone numbers the police know as this citizen's: given in their aangiftes (by BSN) and
/// signed-in meldingen, plus the keyed hashes of those linked to them in the contacts timeline. Data kept only under an
/// address (appointments, notifications) is found through these, never through a guess at someone else's.
/// Collectors ask <see cref="KnownContactDetailsCache"/>, so one export loads them once.
/// </summary>
public sealed record KnownContactDetails(IReadOnlySet<string> Emails, IReadOnlySet<string> Phones, IReadOnlySet<string> KeyHashes)
{
    public static async Task<KnownContactDetails> LoadAsync(VerbindingDbContext db, CitizenKeys keys, DataSubject subject, CancellationToken ct)
    {
        var bsn = subject.Bsn.Value;
        var given = (await db.Set<SubmittedAangifte>().AsNoTracking().Where(a => a.CitizenBsn == bsn).Select(a => a.Contact).ToListAsync(ct))
            .Select(c => (c.Email, c.Phone)).ToList();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        if (subject.CitizenId is { } citizenId)
        {
            given.AddRange((await db.Set<Melding>().AsNoTracking().Where(m => m.CitizenId == citizenId)
                .Select(m => new { m.ContactEmail, m.ContactPhone }).ToListAsync(ct)).Select(m => (m.ContactEmail, m.ContactPhone)));
            hashes.UnionWith(await db.Set<CitizenIdentity>().AsNoTracking()
                .Where(i => i.CitizenId == citizenId && (i.Kind == IdentityKinds.Email || i.Kind == IdentityKinds.Phone))
                .Select(i => i.KeyHash).ToListAsync(ct));
        }
        var emails = given.Select(g => g.Item1?.Trim().ToLowerInvariant()).Where(e => !string.IsNullOrEmpty(e)).Select(e => e!).ToHashSet(StringComparer.Ordinal);
        var phones = given.Select(g => PhoneNumber.ToE164(g.Item2)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        hashes.UnionWith(emails.Select(keys.Email).OfType<CitizenKey>().Select(k => k.Hash));
        hashes.UnionWith(phones.Select(keys.Phone).OfType<CitizenKey>().Select(k => k.Hash));
        return new KnownContactDetails(emails, phones, hashes);
    }
}
