using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Calendar;
using Verbinding.VictimRights;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.VictimRights;

/// <summary>
/// Opens a victim's register when an aangifte is sent or registered (idempotent: once per victim per case) and
/// keeps its obligations in line with the rules when the victim changes a choice. Every change is in the register's
/// history and in the audit trail.
/// </summary>
public sealed class VictimRightsRegistry(
    VerbindingDbContext db,
    OffenceCatalog offences,
    AangifteTypeCatalog types,
    CalendarSettings calendars,
    IOptions<VictimRightsOptions> options,
    TimeProvider time,
    AuditTrail audit)
{
    public const string Purpose = "victim-rights";

    public async Task<VictimRegister> OpenAsync(SubmittedAangifte aangifte, string language, string channel, string actor, CancellationToken ct = default)
    {
        if (await FindAsync(aangifte.Id, aangifte.CitizenBsn, ct) is { } existing)
        {
            return existing;
        }
        var register = Add(aangifte, language, channel, actor);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Submit and intake raced on the unique index: the other one's register is the register.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added &&
                e.Entity is VictimRegister or VictimObligation or VictimRightsChange).ToList())
            {
                entry.State = EntityState.Detached;
            }
            return await FindAsync(aangifte.Id, aangifte.CitizenBsn, ct) ?? throw new InvalidOperationException("Register vanished.");
        }
        await audit.RecordAsync(OpenedEvent(register), ct);
        return register;
    }

    /// <summary>
    /// Adds the register of an aangifte that is itself still unsaved (so no register can exist yet) to the caller's
    /// unit of work, without reading or saving; the caller records <see cref="OpenedEvent"/> once saved.
    /// </summary>
    public VictimRegister Add(SubmittedAangifte aangifte, string language, string channel, string actor)
    {
        var now = time.GetUtcNow();
        var asked = types.Find(aangifte.TypeId)?.Rights ?? [];
        var register = new VictimRegister
        {
            Id = Guid.CreateVersion7(),
            AangifteId = aangifte.Id,
            CitizenBsn = aangifte.CitizenBsn,
            EenheidId = aangifte.EenheidId,
            OffenceId = aangifte.TypeId,
            FiledAt = aangifte.SubmittedAt,
            Age = aangifte.Eligibility.Age,
            Vulnerable = aangifte.Eligibility.Answers.GetValueOrDefault("vulnerable") == true,
            Relation = VictimRelation.Self,
            Language = language,
            KeepInformed = aangifte.Rights.KeepInformed,
            Slachtofferhulp = asked.Contains(RightsQuestions.Slachtofferhulp) ? aangifte.Rights.ShareWithSlachtofferhulp : null,
            Compensation = aangifte.Rights.WantsCompensation,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var obligation in Derive(register, register.FiledAt))
        {
            register.Obligations.Add(NewObligation(register, obligation, now));
        }
        RegisterHistory.Record(db, register, now, channel, actor, "register:created");
        // The online flow shows the rights (its "rechten" step) before the citizen can send: the statement was given at filing.
        if (channel == ChangeChannels.Web && asked.Count > 0)
        {
            RegisterHistory.Meet(db, register, RightIds.StatementOfRights, $"Rechten getoond in de online aangifte ({language})", register.FiledAt, channel, actor);
        }
        db.Add(register);
        return register;
    }

    public static AuditEvent OpenedEvent(VictimRegister register) => new("victim-rights.open", "VictimRegister", register.Id.ToString(), Purpose);

    /// <summary>Intake registered the aangifte: the proof PDF in Mijn zaken is the copy of the aangifte.</summary>
    public async Task RegisteredAsync(SubmittedAangifte aangifte, string language, CancellationToken ct = default)
    {
        var register = await OpenAsync(aangifte, language, ChangeChannels.Intake, "intake", ct);
        if (RegisterHistory.Meet(db, register, RightIds.CopyOfAangifte, "Bewijs van aangifte (PDF) staat in Mijn zaken", time.GetUtcNow(), ChangeChannels.Intake, "intake"))
        {
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(new AuditEvent("victim-rights.met", "VictimRegister", register.Id.ToString(), Purpose), ct);
        }
    }

    /// <summary>
    /// Applies the victim's new choices. A right that now applies gets an obligation due from now (the request is
    /// new); an open obligation that no longer applies becomes "not applicable"; met ones stay met.
    /// </summary>
    public async Task<int> ChangeChoicesAsync(VictimRegister register, VictimChoices choices, string language, string channel, string actor, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var changes = new List<string>();
        void Compare<T>(string name, T before, T after)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changes.Add($"choice:{name}={after?.ToString()?.ToLowerInvariant() ?? "-"}");
            }
        }
        Compare("keepInformed", register.KeepInformed, choices.KeepInformed);
        Compare("slachtofferhulp", register.Slachtofferhulp, choices.Slachtofferhulp);
        Compare("compensation", register.Compensation, choices.Compensation);
        Compare("releaseInformation", register.ReleaseInformation, choices.ReleaseInformation);
        Compare("language", register.Language, language);
        if (changes.Count == 0)
        {
            return 0;
        }
        (register.KeepInformed, register.Slachtofferhulp, register.Compensation, register.ReleaseInformation, register.Language) =
            (choices.KeepInformed, choices.Slachtofferhulp, choices.Compensation, choices.ReleaseInformation, language);
        register.UpdatedAt = now;
        foreach (var change in changes)
        {
            RegisterHistory.Record(db, register, now, channel, actor, change);
        }
        Reconcile(register, now, channel, actor);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("victim-rights.change-choices", "VictimRegister", register.Id.ToString(), Purpose), ct);
        return changes.Count;
    }

    /// <summary>
    /// Intake recorded the individual assessment: the assessment is met and its outcome drives the protection
    /// measures (Richtlijn 2012/29/EU art. 22-23), which are re-derived from now.
    /// </summary>
    public async Task RecordAssessmentAsync(VictimRegister register, bool vulnerable, string evidence, string actor, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        register.Vulnerable = vulnerable;
        register.UpdatedAt = now;
        RegisterHistory.Record(db, register, now, ChangeChannels.Staff, actor, $"assessment:vulnerable={vulnerable.ToString().ToLowerInvariant()}");
        RegisterHistory.Meet(db, register, RightIds.IndividualAssessment, evidence, now, ChangeChannels.Staff, actor);
        Reconcile(register, now, ChangeChannels.Staff, actor);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("victim-rights.assessment", "VictimRegister", register.Id.ToString(), Purpose), ct);
    }

    private void Reconcile(VictimRegister register, DateTimeOffset now, string channel, string actor)
    {
        var derived = Derive(register, now).ToDictionary(o => o.RightId);
        foreach (var existing in register.Obligations)
        {
            if (existing.Status == ObligationStatus.Open && !derived.ContainsKey(existing.RightId))
            {
                existing.Status = ObligationStatus.NotApplicable;
                RegisterHistory.Record(db, register, now, channel, actor, $"obligation:{existing.RightId}=NotApplicable");
            }
            else if (existing.Status == ObligationStatus.NotApplicable && derived.TryGetValue(existing.RightId, out var again))
            {
                (existing.Status, existing.DueAt) = (ObligationStatus.Open, again.Due.ToUniversalTime());
                RegisterHistory.Record(db, register, now, channel, actor, $"obligation:{existing.RightId}=Open");
            }
        }
        foreach (var added in derived.Values.Where(d => register.Obligations.All(o => o.RightId != d.RightId)))
        {
            var obligation = NewObligation(register, added, now);
            register.Obligations.Add(obligation);
            db.Add(obligation);
            RegisterHistory.Record(db, register, now, channel, actor, $"obligation:{added.RightId}=Open");
        }
    }

    private IReadOnlyList<Obligation> Derive(VictimRegister register, DateTimeOffset from) =>
        VictimRightsRules.Derive(offences.FindOrBasic(register.OffenceId), register.ToVictim(), from,
            calendars.ForOrDefault(register.EenheidId), options.Value.ToPolicy());

    internal Task<VictimRegister?> FindAsync(Guid aangifteId, string bsn, CancellationToken ct) =>
        db.Set<VictimRegister>().Include(r => r.Obligations).Include(r => r.Changes).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.AangifteId == aangifteId && r.CitizenBsn == bsn, ct);

    private static VictimObligation NewObligation(VictimRegister register, Obligation obligation, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        RegisterId = register.Id,
        RightId = obligation.RightId,
        EenheidId = register.EenheidId,
        Owner = obligation.Owner,
        Status = ObligationStatus.Open,
        DueAt = obligation.Due.ToUniversalTime(),
        CreatedAt = now,
    };
}
