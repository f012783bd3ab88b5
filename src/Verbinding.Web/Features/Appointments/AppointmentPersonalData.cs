using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Cases;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// Appointments booked with the citizen's known e-mail address or phone number, or added to one of their cases. An
/// appointment knows no BSN: it was booked with contact details only. The manage token is a secret and not shown.
/// </summary>
public sealed class AppointmentPersonalData(VerbindingDbContext db, KnownContactDetailsCache contactDetails) : IPersonalDataCollector
{
    public async Task<IReadOnlyList<PersonalDataSection>> CollectAsync(DataSubject subject, CancellationToken ct)
    {
        var known = await contactDetails.ForAsync(subject, ct);
        var hashes = known.KeyHashes.ToList();
        var emails = known.Emails.ToList();
        var phones = known.Phones.ToList();
        var bsn = subject.Bsn.Value;
        var citizenId = subject.CitizenId;
        var linked = await db.Set<CaseFile>().AsNoTracking().Where(c => c.CitizenBsn == bsn || (citizenId != null && c.CitizenId == citizenId))
            .SelectMany(c => c.Links).Where(l => l.ItemType == CaseItemTypes.Appointment).Select(l => l.ItemId).ToListAsync(ct);
        var linkedIds = linked.Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        // By the keyed hashes stored at booking: booking and known set normalise with the same CitizenKeys, so
        // "06 12345678" and "+31 6 1234 5678", or "Jan@Example.nl " and "jan@example.nl", give one hash; and the hashes
        // also cover addresses the police know only from the contacts timeline (WhatsApp, a logged call). Hashing once at
        // booking keeps this one indexed query instead of normalising every stored row here. A field without a hash
        // (booked before the hashes existed, or an address CitizenKeys does not take) is compared by value; the phone was
        // E.164 from the start. Rows from before the hashes lose their contact details to retention
        // (Appointments:PersonalDataRetentionDays), so no backfill.
        var appointments = await db.Set<Appointment>().AsNoTracking()
            .Where(a => (a.EmailKeyHash != null && hashes.Contains(a.EmailKeyHash)) || (a.PhoneKeyHash != null && hashes.Contains(a.PhoneKeyHash))
                || (a.EmailKeyHash == null && a.Email != null && emails.Contains(a.Email.Trim().ToLower()))
                || (a.PhoneKeyHash == null && a.Phone != null && phones.Contains(a.Phone))
                || linkedIds.Contains(a.Id))
            .OrderBy(a => a.Start).ToListAsync(ct);
        return
        [
            new("appointments", [.. appointments.Select(a => new PersonalDataRecord
            {
                { "reference", a.Reference }, { "kind", a.Kind.ToString() }, { "bureau", a.BureauId }, { "eenheid", a.EenheidId },
                { "start", a.Start }, { "end", a.End }, { "status", a.Status.ToString() }, { "reason", a.Reason },
                { "name", a.Name }, { "email", a.Email }, { "phone", a.Phone }, { "language", a.Language },
                { "createdAt", a.CreatedAt }, { "cancelledAt", a.CancelledAt },
            })]),
        ];
    }
}
