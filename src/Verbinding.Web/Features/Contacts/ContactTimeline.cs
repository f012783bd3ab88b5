using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Contacts;

/// <summary>
/// One citizen's contacts across channels, newest first: conversations (web chat, WhatsApp) and logged calls and
/// visits. Colleagues see only what their unit may see; every read is audited.
/// </summary>
public sealed class ContactTimeline(VerbindingDbContext db, CitizenKeys keys, AuditTrail audit)
{
    public const string AuditPurpose = "contacthistorie";

    /// <summary>The citizen with this phone number or e-mail address, if known. The search itself is audited.</summary>
    public async Task<Guid?> FindAsync(string query, CancellationToken ct)
    {
        var key = keys.Phone(query) ?? keys.Email(query);
        Guid? found = key is null ? null : await db.Set<CitizenIdentity>().AsNoTracking()
            .Where(i => i.Kind == key.Kind && i.KeyHash == key.Hash).Select(i => (Guid?)i.CitizenId).FirstOrDefaultAsync(ct);
        await audit.RecordAsync(new AuditEvent("search", nameof(KnownCitizen), found?.ToString() ?? "-", AuditPurpose), ct);
        return found;
    }

    public async Task<CitizenTimeline?> ForStaffAsync(Guid citizenId, StaffActor staff, CancellationToken ct)
    {
        var timeline = await LoadAsync(citizenId, ct);
        if (timeline is null)
            return null;
        await audit.RecordAsync(new AuditEvent("read", nameof(KnownCitizen), citizenId.ToString(), AuditPurpose), ct);
        return timeline with { Entries = [.. timeline.Entries.Where(e => staff.CanSeeQueue(e.Unit))] };
    }

    /// <summary>The citizen's own view ("Mijn contact"): everything linked to them, audited as the citizen's access.</summary>
    public async Task<CitizenTimeline?> ForCitizenAsync(Guid citizenId, CancellationToken ct)
    {
        var timeline = await LoadAsync(citizenId, ct);
        if (timeline is not null)
            await audit.RecordAsync(new AuditEvent("read", nameof(KnownCitizen), citizenId.ToString(), "inzage"), ct);
        return timeline;
    }

    private async Task<CitizenTimeline?> LoadAsync(Guid citizenId, CancellationToken ct)
    {
        var identities = await db.Set<CitizenIdentity>().AsNoTracking().Where(i => i.CitizenId == citizenId)
            .Select(i => new IdentityView(i.Kind, i.Hint)).ToListAsync(ct);
        if (identities.Count == 0 && !await db.Set<KnownCitizen>().AnyAsync(c => c.Id == citizenId, ct))
            return null;
        var conversations = await db.Set<Conversation>().AsNoTracking().Where(c => c.CitizenId == citizenId)
            .Select(c => new TimelineEntry(TimelineKinds.Conversation, c.Id, c.Channel, c.CreatedAt, c.Topic, c.HandoffSummary,
                c.Outcome, c.State, c.QueueUnit, c.AssignedAgentName))
            .ToListAsync(ct);
        var contacts = await db.Set<LoggedContact>().AsNoTracking().Where(c => c.CitizenId == citizenId)
            .Select(c => new TimelineEntry(TimelineKinds.Contact, c.Id, c.Channel, c.At, c.Topic, c.Summary, c.Outcome, null,
                c.EenheidId, c.StaffName))
            .ToListAsync(ct);
        // Merged and ordered in memory: two tables, and one citizen's history is short.
        return new CitizenTimeline(citizenId, identities, [.. conversations.Concat(contacts).OrderByDescending(e => e.At)]);
    }
}
