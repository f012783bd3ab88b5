using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Cases.FollowUp;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Data.Counters;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Cases;

/// <summary>
/// Opens cases: automatically for a submitted aangifte, or by a colleague from a contact, conversation or melding.
/// Idempotent per origin item (unique index on origin): a second submit, a double click or a parallel node finds
/// the first case instead of making another.
/// </summary>
public sealed class CaseOpening(
    VerbindingDbContext db, CaseItems items, CitizenDirectory citizens, CitizenKeys keys, CaseAccessNotifier notifier,
    CaseStatusNotifier statusNotifier, CaseClock clock, CounterBlocks numbers, AuditTrail audit, TimeProvider time, ILogger<CaseOpening> logger)
{
    public const string System = "system";

    /// <summary>The aangifte's case, made the first time it is asked for. Called after the aangifte is saved.</summary>
    public async Task<CaseFile> EnsureForAangifteAsync(SubmittedAangifte aangifte, CancellationToken ct)
    {
        var citizenId = keys.Bsn(aangifte.CitizenBsn) is { } key ? await citizens.FindAsync(key, ct) : null;
        return await OpenAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString(), aangifte.ReceiptNumber, aangifte.EenheidId,
            citizenId, aangifte.CitizenBsn, aangifte.Language, aangifte.Contact.Email, RecipientOf(aangifte), System, ct);
    }

    // Status messages follow the aangifte's contact preference, like the aangifte's own e-mails.
    private static NotificationRecipient? RecipientOf(SubmittedAangifte aangifte) =>
        NotificationRecipient.Choose(aangifte.Contact.Preference, aangifte.Contact.Email, aangifte.Contact.Phone, hasBsn: true);

    /// <summary>
    /// The case of an aangifte that is itself still unsaved (so no case can exist yet), with its access-code e-mail,
    /// added to the caller's unit of work without saving. Draws the case number at once: call it before the caller's
    /// transaction begins, so the counter row is not locked for the whole transaction.
    /// </summary>
    public async Task<CaseFile> AddForNewAangifteAsync(SubmittedAangifte aangifte, CancellationToken ct)
    {
        var citizenId = keys.Bsn(aangifte.CitizenBsn) is { } key ? await citizens.FindAsync(key, ct) : null;
        // An aangifte's case has no clock of its own (CaseClock): the aangifte's intake clock measures that work.
        return await AddAsync(CaseItemTypes.Aangifte, aangifte.Id.ToString(), aangifte.ReceiptNumber, aangifte.EenheidId,
            citizenId, aangifte.CitizenBsn, aangifte.Language, aangifte.Contact.Email, RecipientOf(aangifte), System, ct);
    }

    /// <summary>A colleague opens a case from an item their unit may see; null when the item does not exist for them.</summary>
    public async Task<CaseFile?> OpenFromAsync(StaffActor staff, string type, string id, string title, string? email, CancellationToken ct)
    {
        if (!CaseItemTypes.CanOpenFrom.Contains(type) || await items.FindAsync(type, id, ct) is not { } item || !staff.CanSeeQueue(item.Unit))
        {
            return null;
        }
        // A national-queue conversation belongs to no eenheid: the case goes to the colleague's own unit.
        var unit = item.Unit == ConversationQueues.National ? staff.Scope.EenheidId ?? item.Unit : item.Unit;
        var language = "nl";
        string? phone = null;
        if (type == CaseItemTypes.Melding && long.TryParse(id, out var meldingId))
        {
            var melding = await db.Set<Melding>().AsNoTracking().Where(m => m.Id == meldingId)
                .Select(m => new { m.ContactEmail, m.ContactPhone, m.Language }).SingleAsync(ct);
            email ??= melding.ContactEmail;
            phone = melding.ContactPhone;
            language = melding.Language;
        }
        var recipient = NotificationRecipient.Choose(null, email, phone, hasBsn: false);
        var file = await OpenAsync(type, id, title, unit, item.CitizenId, null, language, email, recipient, staff.UserId, ct);
        await audit.RecordAsync(new AuditEvent("case.open", nameof(CaseFile), file.Number, "zaak"), ct);
        return file;
    }

    private async Task<CaseFile> OpenAsync(
        string type, string id, string title, string unit, Guid? citizenId, string? bsn, string language, string? email, NotificationRecipient? recipient, string by,
        CancellationToken ct)
    {
        if (await FindByOriginAsync(type, id, ct) is { } existing)
        {
            return existing;
        }
        var file = await AddAsync(type, id, title, unit, citizenId, bsn, language, email, recipient, by, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A parallel request opened it first. Only this method's rows are unsaved here (callers save before calling).
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }
            var winner = await FindByOriginAsync(type, id, ct) ?? throw new InvalidOperationException($"Case for {type} could not be saved.");
            logger.LogInformation("Case for {Type} {Id} was opened in parallel; using {Number}", type, id, winner.Number);
            return winner;
        }
        await clock.StartAsync(file, file.CreatedAt, ct);
        return file;
    }

    private async Task<CaseFile> AddAsync(
        string type, string id, string title, string unit, Guid? citizenId, string? bsn, string language, string? email, NotificationRecipient? recipient,
        string by, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var code = TrackingCodes.New();
        var file = new CaseFile
        {
            Id = Guid.CreateVersion7(now),
            Number = await CaseNumbers.NextAsync(db, numbers, DutchTime.ToLocal(now).Year, ct),
            AccessCodeHash = TrackingCodes.Hash(code),
            Title = title.Length > CaseLimits.Title ? title[..CaseLimits.Title] : title,
            EenheidId = unit,
            CitizenId = citizenId,
            CitizenBsn = bsn,
            Language = language == "en" ? "en" : "nl",
            OriginType = type,
            OriginId = id,
            CreatedAt = now,
            CreatedBy = by,
            Links = [new CaseLink { Id = Guid.CreateVersion7(now), ItemType = type, ItemId = id, LinkedAt = now, LinkedBy = by }],
        };
        statusNotifier.Remember(file, recipient);
        db.Add(file);
        if (NotificationRecipient.IsEmail(email))
        {
            try
            {
                // In the same save as the case: the code reaches the citizen exactly when the case exists.
                notifier.Send(file, email!.Trim(), code);
            }
            catch (ArgumentException e)
            {
                // An address the outbox refuses must not stop the case (nor the aangifte that asked for it); the message names no address.
                logger.LogWarning("Access code for case {Number} not sent: {Reason}", file.Number, e.Message);
            }
        }
        return file;
    }

    private Task<CaseFile?> FindByOriginAsync(string type, string id, CancellationToken ct) =>
        db.Set<CaseFile>().AsNoTracking().SingleOrDefaultAsync(c => c.OriginType == type && c.OriginId == id, ct);
}
