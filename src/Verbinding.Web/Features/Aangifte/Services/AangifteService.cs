using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Aangifte;

public enum StepMove { Stay, Next, Back, AddRow }

public sealed record StepOutcome(StepCheck Check, int NextStep);

public sealed record SubmitOutcome(SubmittedAangifte? Aangifte, int? InvalidStep, bool AlreadySent);

/// <summary>
/// The citizen side of online aangifte, shared by the web wizard and the demo CLI: drafts that survive every step
/// (also a step with errors), resuming for a configurable time, and an idempotent submit.
/// </summary>
public sealed class AangifteService(
    VerbindingDbContext db,
    AangifteTypeCatalog types,
    StepValidator validator,
    AangifteBuilder builder,
    ServiceClocks.ServiceClocks clocks,
    IAangifteNotifier notifier,
    VictimRights.VictimRightsRegistry victimRights,
    IOptions<AangifteOptions> options,
    TimeProvider time,
    AuditTrail audit,
    CaseTimeline timeline,
    Attachments.AttachmentStore attachments,
    Cases.CaseOpening cases,
    AangifteNumberSource numbers)
{
    private const string Purpose = "aangifte";

    public DateTimeOffset LocalNow => DutchTime.ToLocal(time.GetUtcNow());

    public async Task<AangifteDraft> StartDraftAsync(Bsn citizen, AangifteType type, EligibilityRecord eligibility,
        IReadOnlyDictionary<string, string>? prefill = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var draft = new AangifteDraft
        {
            Id = Guid.CreateVersion7(),
            CitizenBsn = citizen.Value,
            TypeId = type.Id,
            TypesVersion = types.Version,
            Eligibility = eligibility,
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = now.AddDays(options.Value.DraftRetentionDays),
        };
        // Prefill (e.g. from Wout) only fills fields this type has; it is checked like typed input at each step.
        var known = types.StepsFor(type).SelectMany(s => s.Keys(1)).Select(k => k.Key).ToHashSet();
        foreach (var (key, value) in prefill ?? new Dictionary<string, string>())
        {
            if (known.Contains(key))
            {
                draft.Answers[key] = value;
            }
        }
        db.Add(draft);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("aangifte.draft.start", "AangifteDraft", draft.Id.ToString(), Purpose), ct);
        return draft;
    }

    /// <summary>
    /// The citizen's own unexpired draft, or null (also for someone else's id: the caller answers 404). Reads in the same
    /// query whether files are attached, so a submit without files skips moving them (a statement fewer per aangifte).
    /// </summary>
    public async Task<AangifteDraft?> FindDraftAsync(Bsn citizen, Guid id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var found = await db.Set<AangifteDraft>()
            .Where(d => d.Id == id && d.CitizenBsn == citizen.Value && d.ExpiresAt > now)
            .Select(d => new { Draft = d, Files = db.Set<Attachments.Attachment>().Any(a => a.DraftId == d.Id) })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        found.Draft.HasAttachments = found.Files;
        return found.Draft;
    }

    public Task<List<AangifteDraft>> OpenDraftsAsync(Bsn citizen, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return db.Set<AangifteDraft>().AsNoTracking()
            .Where(d => d.CitizenBsn == citizen.Value && d.ExpiresAt > now && d.SubmittedAangifteId == null)
            .OrderByDescending(d => d.UpdatedAt).ToListAsync(ct);
    }

    public AangifteType TypeOf(AangifteDraft draft) => types.Find(draft.TypeId)
        ?? throw new InvalidOperationException($"Draft type '{draft.TypeId}' no longer exists.");

    public IReadOnlyList<StepDefinition> StepsOf(AangifteDraft draft) => types.StepsFor(TypeOf(draft));

    /// <summary>
    /// Saves what was typed on step <paramref name="index"/> (always, so nothing is lost) and decides where to go:
    /// forward only when the step is valid; back and "add a row" never validate.
    /// </summary>
    public async Task<StepOutcome> SaveStepAsync(AangifteDraft draft, int index, IReadOnlyDictionary<string, string> form, StepMove move, CancellationToken ct = default)
    {
        var step = StepsOf(draft)[index];
        var rows = step.Repeat is { } r ? draft.RowsOf(r.Name) : 0;
        var check = validator.Check(step, form, rows, LocalNow);
        foreach (var (key, _) in step.Keys(rows))
        {
            var raw = (form.GetValueOrDefault(key) ?? "").Trim();
            draft.Answers[key] = check.Errors.ContainsKey(key) || move != StepMove.Next ? raw : check.Values[key];
        }
        var next = index;
        if (move == StepMove.Next && check.IsValid)
        {
            draft.CompletedSteps = Math.Max(draft.CompletedSteps, index + 1);
            next = index + 1;
        }
        else if (move == StepMove.Back)
        {
            next = Math.Max(0, index - 1);
        }
        else if (move == StepMove.AddRow && step.Repeat is { } repeat && rows < repeat.Max)
        {
            draft.Rows[repeat.Name] = rows + 1;
        }
        draft.UpdatedAt = time.GetUtcNow();
        draft.ExpiresAt = draft.UpdatedAt.AddDays(options.Value.DraftRetentionDays);
        await db.SaveChangesAsync(ct);
        return new StepOutcome(check, next);
    }

    /// <summary>
    /// Sends the draft once. Every step is checked again (answers saved by "back" were not validated, and hidden
    /// fields can be tampered with); a second submit of the same draft returns the first aangifte.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(Bsn citizen, string citizenName, Guid draftId, string language, CancellationToken ct = default)
    {
        var draft = await FindDraftAsync(citizen, draftId, ct) ?? throw new KeyNotFoundException("No such draft.");
        return await SubmitAsync(citizenName, draft, language, ct);
    }

    /// <summary>Sends a draft the caller just read with <see cref="FindDraftAsync"/> (tracked, the citizen's own).</summary>
    public async Task<SubmitOutcome> SubmitAsync(string citizenName, AangifteDraft draft, string language, CancellationToken ct = default)
    {
        for (var draw = 1; ; draw++)
        {
            try
            {
                return await SubmitOnceAsync(citizenName, draft, language, ct);
            }
            catch (DbUpdateException ex) when (draw < AangifteNumberSource.MaxDraws
                && UniqueViolations.IsOn<SubmittedAangifte>(db, ex, nameof(SubmittedAangifte.ReceiptNumber)))
            {
                // Another aangifte of today has this random receipt number (rare, but certain over enough days):
                // nothing was stored, so start again from the saved draft with a new number.
                db.ChangeTracker.Clear();
                draft = await db.Set<AangifteDraft>().SingleAsync(d => d.Id == draft.Id, ct);
            }
        }
    }

    private async Task<SubmitOutcome> SubmitOnceAsync(string citizenName, AangifteDraft draft, string language, CancellationToken ct)
    {
        var draftId = draft.Id;
        if (draft.SubmittedAangifteId is { } existing)
        {
            var earlier = await db.Set<SubmittedAangifte>().SingleAsync(a => a.Id == existing, ct);
            // The first submit may have been cut off (a node killed) after the aangifte was stored: finish it now.
            await FollowUpAsync(earlier, language, ct);
            return new SubmitOutcome(earlier, null, true);
        }
        var steps = StepsOf(draft);
        for (var i = 0; i < steps.Count; i++)
        {
            var rows = steps[i].Repeat is { } r ? draft.RowsOf(r.Name) : 0;
            var check = validator.Check(steps[i], draft.Answers, rows, LocalNow);
            if (!check.IsValid || draft.CompletedSteps < i + 1)
            {
                return new SubmitOutcome(null, i, false);
            }
            foreach (var (key, value) in check.Values)
            {
                draft.Answers[key] = value;
            }
        }
        var aangifte = builder.Build(draft, steps, citizenName);
        aangifte.SubmittedAt = time.GetUtcNow();
        aangifte.ReceiptNumber = numbers.Receipt(LocalNow);
        aangifte.Language = language == "en" ? "en" : "nl";
        draft.SubmittedAangifteId = aangifte.Id;
        db.Add(aangifte);
        await timeline.ChangeAsync(aangifte, AangifteStatus.Ontvangen, null, ct);
        await notifier.ReceiptAsync(new AangifteReceipt(aangifte.Id, aangifte.ReceiptNumber, aangifte.TypeId, aangifte.Contact, aangifte.Language), ct);
        // Everything that follows from the aangifte is saved with it, or nothing is: a node that dies now leaves no
        // aangifte without its receipt, intake clock, victim's rights register or case (with its access-code e-mail).
        var clock = clocks.Start("Aangifte", aangifte.Id.ToString(), aangifte.EenheidId, options.Value.IntakeServiceLevel, aangifte.SubmittedAt);
        aangifte.ClockId = clock.Id;
        var register = victimRights.Add(aangifte, language, VictimRights.ChangeChannels.Web, VictimRights.VictimRightsChange.Citizen);
        await cases.AddForNewAangifteAsync(aangifte, ct);
        try
        {
            await SaveSubmittedAsync(draft.Id, aangifte.Id, moveFiles: draft.HasAttachments != false, ct);
        }
        catch (DbUpdateException ex) when (UniqueViolations.IsOn<SubmittedAangifte>(db, ex, nameof(SubmittedAangifte.DraftId)))
        {
            // A parallel submit of the same draft won the unique index on DraftId: return that one.
            db.ChangeTracker.Clear();
            var winner = await db.Set<SubmittedAangifte>().AsNoTracking().SingleAsync(a => a.DraftId == draftId, ct);
            return new SubmitOutcome(winner, null, true);
        }
        // One audit batch for the three records, written after the commit like every audit entry (own chain transaction).
        await audit.RecordAsync(
            [new AuditEvent("aangifte.submit", "Aangifte", aangifte.Id.ToString(), Purpose), ServiceClocks.ServiceClocks.StartedEvent(clock),
             VictimRights.VictimRightsRegistry.OpenedEvent(register)], ct);
        return new SubmitOutcome(aangifte, null, false);
    }

    /// <summary>
    /// One transaction: the aangifte and all it brings (one batched save), then its photos and files move from the
    /// draft (whose expiry no longer owns them). No savepoint: on failure the whole transaction is rolled back anyway.
    /// </summary>
    private Task SaveSubmittedAsync(Guid draftId, Guid aangifteId, bool moveFiles, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            var savepoints = db.Database.AutoSavepointsEnabled;
            db.Database.AutoSavepointsEnabled = false;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                // Changes are accepted only after the commit, so a retrying strategy could run this again.
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                if (moveFiles)
                {
                    await attachments.MoveToAangifteAsync(draftId, aangifteId, token);
                }
                await transaction.CommitAsync(token);
                db.ChangeTracker.AcceptAllChanges();
            }
            finally
            {
                db.Database.AutoSavepointsEnabled = savepoints;
            }
        }, ct);

    /// <summary>
    /// Finishes an aangifte stored without its follow-up (by a version that saved them one after the other and was
    /// cut off in between): the intake clock, the victim's rights register and the case; each is skipped when done.
    /// </summary>
    private async Task FollowUpAsync(SubmittedAangifte aangifte, string language, CancellationToken ct)
    {
        if (aangifte.ClockId is null)
        {
            var clock = await clocks.StartAsync("Aangifte", aangifte.Id.ToString(), aangifte.EenheidId, options.Value.IntakeServiceLevel, aangifte.SubmittedAt, ct);
            aangifte.ClockId = clock.Id;
            await db.SaveChangesAsync(ct);
        }
        // Every victim's rights become obligations the moment the aangifte exists (issue 7, victims' rights register).
        await victimRights.OpenAsync(aangifte, language, VictimRights.ChangeChannels.Web, VictimRights.VictimRightsChange.Citizen, ct);
        // The case (zaak) that groups everything about this aangifte; idempotent per aangifte.
        await cases.EnsureForAangifteAsync(aangifte, ct);
    }

    public async Task<List<SubmittedAangifte>> MineAsync(Bsn citizen, CancellationToken ct = default)
    {
        var list = await db.Set<SubmittedAangifte>().AsNoTracking().Where(a => a.CitizenBsn == citizen.Value)
            .OrderByDescending(a => a.SubmittedAt).ToListAsync(ct);
        await audit.RecordAsync(new AuditEvent("aangifte.list-own", "Aangifte", null, Purpose), ct);
        return list;
    }

    /// <summary>
    /// Only the receipt number of the citizen's own aangifte, for the page right after sending: one small query where
    /// <see cref="FindMineAsync"/> reads the items, payments and identifiers too. Audited like any read of it.
    /// </summary>
    public async Task<string?> FindMyReceiptNumberAsync(Bsn citizen, Guid id, CancellationToken ct = default)
    {
        var receipt = await db.Set<SubmittedAangifte>().AsNoTracking().Where(a => a.Id == id && a.CitizenBsn == citizen.Value)
            .Select(a => a.ReceiptNumber).SingleOrDefaultAsync(ct);
        if (receipt is not null)
        {
            await audit.RecordAsync(new AuditEvent("aangifte.read-own", "Aangifte", id.ToString(), Purpose), ct);
        }
        return receipt;
    }

    public async Task<SubmittedAangifte?> FindMineAsync(Bsn citizen, Guid id, CancellationToken ct = default)
    {
        var aangifte = await db.Set<SubmittedAangifte>().Include(a => a.Items).Include(a => a.Payments).Include(a => a.FraudIdentifiers)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id && a.CitizenBsn == citizen.Value, ct);
        if (aangifte is not null)
        {
            await audit.RecordAsync(new AuditEvent("aangifte.read-own", "Aangifte", id.ToString(), Purpose), ct);
        }
        return aangifte;
    }

    /// <summary>The citizen answers intake's question: the aangifte goes back to the queue and the clock runs again.</summary>
    public async Task<bool> AnswerInformationRequestAsync(Bsn citizen, Guid id, string answer, CancellationToken ct = default)
    {
        var aangifte = await db.Set<SubmittedAangifte>().SingleOrDefaultAsync(a => a.Id == id && a.CitizenBsn == citizen.Value, ct);
        if (aangifte is not { Status: AangifteStatus.InformatieGevraagd })
        {
            return false;
        }
        aangifte.InformationResponse = answer;
        // Back with the officer who asked: it is being handled again, not waiting at the start of the queue.
        await timeline.ChangeAsync(aangifte, AangifteStatus.InBehandeling, null, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("aangifte.information-answered", "Aangifte", id.ToString(), Purpose), ct);
        if (aangifte.ClockId is { } clock)
        {
            await clocks.ResumeAsync(clock, ct);
        }
        return true;
    }
}
