using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Cases;

/// <summary>
/// Reads linked items from their own tables, one query per item type. An item that no longer exists (purged after
/// its retention period) simply drops out of the timeline; the link row does no harm.
/// </summary>
public sealed class CaseItems(VerbindingDbContext db)
{
    public async Task<CaseItem?> FindAsync(string type, string id, CancellationToken ct) =>
        (await LoadAsync([(type, id)], ct)).FirstOrDefault();

    /// <summary>An item by the number the citizen or a colleague has at hand: appointment, melding or aangifte receipt number.</summary>
    public async Task<(string Type, string Id)?> ByReferenceAsync(string? reference, CancellationToken ct)
    {
        var value = reference?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(value) || value.Length > 40)
        {
            return null;
        }
        if (await db.Set<Appointment>().Where(a => a.Reference == value).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) is { } appointment)
        {
            return (CaseItemTypes.Appointment, appointment.ToString());
        }
        if (await db.Set<Melding>().Where(m => m.Reference == value).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct) is { } melding)
        {
            return (CaseItemTypes.Melding, melding.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return await db.Set<SubmittedAangifte>().Where(a => a.ReceiptNumber == value).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) is { } aangifte
            ? (CaseItemTypes.Aangifte, aangifte.ToString())
            : null;
    }

    public async Task<List<CaseItem>> LoadAsync(IReadOnlyCollection<(string Type, string Id)> refs, CancellationToken ct)
    {
        var items = new List<CaseItem>();
        var guids = (string type) => refs.Where(r => r.Type == type).Select(r => Guid.TryParse(r.Id, out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty).ToList();
        if (guids(CaseItemTypes.Aangifte) is { Count: > 0 } aangiftes)
        {
            items.AddRange(await db.Set<SubmittedAangifte>().AsNoTracking().Where(a => aangiftes.Contains(a.Id))
                .Select(a => new CaseItem(CaseItemTypes.Aangifte, a.Id.ToString(), a.SubmittedAt, a.ReceiptNumber, a.TypeId, null,
                    a.Status.ToString(), a.EenheidId, null, a.CitizenBsn, a.DecidedBy, "/medewerker/intake/" + a.Id))
                .ToListAsync(ct));
        }
        var meldingen = refs.Where(r => r.Type == CaseItemTypes.Melding).Select(r => long.TryParse(r.Id, out var l) ? l : 0)
            .Where(l => l > 0).ToList();
        if (meldingen.Count > 0)
        {
            items.AddRange((await db.Set<Melding>().AsNoTracking().Where(m => meldingen.Contains(m.Id))
                .Select(m => new { m.Id, m.SubmittedAt, m.Reference, m.CategoryId, m.Status, m.EenheidId, m.CitizenId, m.BundleId })
                .ToListAsync(ct))
                .Select(m => new CaseItem(CaseItemTypes.Melding, m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.SubmittedAt,
                    m.Reference, m.CategoryId, null, m.Status.ToString(), m.EenheidId, m.CitizenId, null, null,
                    "/medewerker/meldingen/bundel/" + m.BundleId)));
        }
        if (guids(CaseItemTypes.Conversation) is { Count: > 0 } conversations)
        {
            items.AddRange(await db.Set<Conversation>().AsNoTracking().Where(c => conversations.Contains(c.Id))
                .Select(c => new CaseItem(CaseItemTypes.Conversation, c.Id.ToString(), c.CreatedAt, c.Channel, c.Topic, c.HandoffSummary,
                    c.State, c.QueueUnit, c.CitizenId, null, c.AssignedAgentName, "/medewerker/gesprekken/" + c.Id))
                .ToListAsync(ct));
        }
        if (guids(CaseItemTypes.Contact) is { Count: > 0 } contacts)
        {
            items.AddRange(await db.Set<LoggedContact>().AsNoTracking().Where(c => contacts.Contains(c.Id))
                .Select(c => new CaseItem(CaseItemTypes.Contact, c.Id.ToString(), c.At, c.Channel, c.Topic, c.Summary,
                    c.Outcome, c.EenheidId, c.CitizenId, null, c.StaffName, "/medewerker/burgers/" + c.CitizenId))
                .ToListAsync(ct));
        }
        if (guids(CaseItemTypes.Appointment) is { Count: > 0 } appointments)
        {
            items.AddRange(await db.Set<Appointment>().AsNoTracking().Where(a => appointments.Contains(a.Id))
                .Select(a => new CaseItem(CaseItemTypes.Appointment, a.Id.ToString(), a.Start, a.Reference, a.Kind.ToString(), null,
                    a.Status.ToString(), a.EenheidId ?? "", null, null, null, "/medewerker/afspraken"))
                .ToListAsync(ct));
        }
        // Guid.ToString() runs in SQL, where SQLite gives upper case: links and origins always hold the .NET form.
        return [.. items.Select(i => Guid.TryParse(i.Id, out var g) ? i with { Id = g.ToString(), StaffUrl = i.StaffUrl.ToLowerInvariant() } : i)];
    }
}
