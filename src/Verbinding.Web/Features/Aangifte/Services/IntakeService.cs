using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>Coded reasons to refuse an online aangifte, each with the referral the citizen is given.</summary>
public static class RejectionCodes
{
    public static readonly IReadOnlyList<string> All =
    [
        "geen-strafbaar-feit",   // e.g. breach of contract: Juridisch Loket
        "verdachte-bekend",      // needs an interview: appointment
        "geweld",                // appointment
        "dubbel",                // already reported
        "niet-online",           // needs a desk aangifte
        "onvoldoende-informatie",
    ];

    /// <summary>Set by the system, not chosen by intake: the citizen did not answer the question in time.</summary>
    public const string NoAnswer = "geen-reactie";
}

/// <summary>
/// The intake review queue: read, approve (registration number and verification code issued), ask the citizen
/// for more (the service clock pauses) or reject with a coded reason. Unit-scoped and audited; changes are
/// only allowed from the states where they make sense, so a second click changes nothing.
/// </summary>
public sealed class IntakeService(
    VerbindingDbContext db, ServiceClocks.ServiceClocks clocks, VictimRights.VictimRightsRegistry victimRights, TimeProvider time, AuditTrail audit,
    SurveyTriggers surveys, AangifteTypeCatalog types, CaseTimeline timeline, AangifteNumberSource numbers)
{
    private const string Purpose = "aangifte-intake";

    public async Task<List<SubmittedAangifte>> QueueAsync(StaffScope scope, CancellationToken ct = default)
    {
        var query = db.Set<SubmittedAangifte>().AsNoTracking()
            .Where(a => a.Status == AangifteStatus.Ontvangen || a.Status == AangifteStatus.InBehandeling
                || a.Status == AangifteStatus.InformatieGevraagd || a.MessageWaiting);
        if (!scope.IsNational)
        {
            query = query.Where(a => a.EenheidId == scope.EenheidId);
        }
        var list = await query.OrderBy(a => a.SubmittedAt).Take(200).ToListAsync(ct);
        await audit.RecordAsync(new AuditEvent("aangifte.queue", "Aangifte", null, Purpose), ct);
        return list;
    }

    public async Task<SubmittedAangifte?> FindAsync(StaffScope scope, Guid id, CancellationToken ct = default)
    {
        var aangifte = await db.Set<SubmittedAangifte>().Include(a => a.Items).Include(a => a.Payments).Include(a => a.FraudIdentifiers)
            .AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (aangifte is null || !scope.CanAccess(aangifte.EenheidId))
        {
            return null;
        }
        await audit.RecordAsync(new AuditEvent("aangifte.read", "Aangifte", id.ToString(), Purpose), ct);
        return aangifte;
    }

    public async Task<SubmittedAangifte?> ApproveAsync(StaffScope scope, Guid id, CancellationToken ct = default)
    {
        var aangifte = await WithFreshRegistrationNumberAsync(() => DecideAsync(scope, id, "aangifte.approve", AangifteStatus.Geregistreerd, null, a =>
        {
            a.RegistrationNumber = numbers.Registration(DutchTime.ToLocal(time.GetUtcNow()));
            a.VerificationCode = numbers.VerificationCode();
        }, stopClock: true, ct));
        if (aangifte is not null)
        {
            // Registered: the register exists (opened here for a desk aangifte) and the proof PDF is the copy.
            await victimRights.RegisteredAsync(aangifte, Verbinding.VictimRights.Languages.Dutch, ct);
        }
        return aangifte;
    }

    public Task<SubmittedAangifte?> RejectAsync(StaffScope scope, Guid id, string code, CancellationToken ct = default) =>
        RejectionCodes.All.Contains(code)
            ? DecideAsync(scope, id, "aangifte.reject", AangifteStatus.Afgewezen, code, a => a.RejectionCode = code, stopClock: true, ct)
            : throw new ArgumentException($"Unknown rejection code '{code}'.", nameof(code));

    public Task<SubmittedAangifte?> RequestInformationAsync(StaffScope scope, Guid id, string question, CancellationToken ct = default) =>
        DecideAsync(scope, id, "aangifte.request-information", AangifteStatus.InformatieGevraagd, null, a =>
        {
            a.InformationRequest = question;
            a.InformationResponse = null;
        }, stopClock: false, ct);

    /// <summary>An officer opens a received aangifte: the citizen's timeline shows it is being handled. Idempotent.</summary>
    public async Task StartHandlingAsync(SubmittedAangifte aangifte, CancellationToken ct = default)
    {
        if (aangifte.Status == AangifteStatus.Ontvangen)
        {
            await timeline.ChangeAsync(aangifte, AangifteStatus.InBehandeling, null, ct);
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(new AuditEvent("aangifte.start-handling", "Aangifte", aangifte.Id.ToString(), Purpose), ct);
        }
    }

    /// <summary>
    /// After registration: under investigation, passed to the OM, or closed with a coded reason. Only forward from
    /// registered (closed is final); the citizen is notified of each step.
    /// </summary>
    public async Task<SubmittedAangifte?> FollowUpAsync(StaffScope scope, Guid id, AangifteStatus status, string? reason, CancellationToken ct = default)
    {
        if (!StatusExplanations.FollowUp.Contains(status) || (status == AangifteStatus.Afgesloten) != (reason is not null)
            || (reason is not null && !StatusExplanations.ClosingReasons.Contains(reason)))
        {
            throw new ArgumentException("Not a follow-up status with a valid closing reason.", nameof(status));
        }
        var aangifte = await db.Set<SubmittedAangifte>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (aangifte is null || !scope.CanAccess(aangifte.EenheidId))
        {
            return null;
        }
        if (aangifte.Status is not (AangifteStatus.Geregistreerd or AangifteStatus.InOnderzoek or AangifteStatus.BijOm) || aangifte.Status == status)
        {
            throw new InvalidOperationException("Only a registered aangifte that is still open can move on.");
        }
        aangifte.ClosingReason = reason;
        await timeline.ChangeAsync(aangifte, status, reason, ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent("aangifte.follow-up", "Aangifte", id.ToString(), Purpose), ct);
        return aangifte;
    }

    /// <summary>
    /// Registration numbers are random among 90 million a year, so over a year of approvals some draw a number already
    /// issued. The decision was not saved then: it is taken again with a new number.
    /// </summary>
    private async Task<SubmittedAangifte?> WithFreshRegistrationNumberAsync(Func<Task<SubmittedAangifte?>> decide)
    {
        for (var draw = 1; ; draw++)
        {
            try
            {
                return await decide();
            }
            catch (DbUpdateException ex) when (draw < AangifteNumberSource.MaxDraws
                && UniqueViolations.IsOn<SubmittedAangifte>(db, ex, nameof(SubmittedAangifte.RegistrationNumber)))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<SubmittedAangifte?> DecideAsync(
        StaffScope scope, Guid id, string action, AangifteStatus status, string? reason, Action<SubmittedAangifte> change, bool stopClock, CancellationToken ct)
    {
        var aangifte = await db.Set<SubmittedAangifte>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (aangifte is null || !scope.CanAccess(aangifte.EenheidId))
        {
            return null;
        }
        if (aangifte.Status is not (AangifteStatus.Ontvangen or AangifteStatus.InBehandeling))
        {
            throw new InvalidOperationException("Only a received aangifte that is not waiting for the citizen can be decided.");
        }
        change(aangifte);
        await timeline.ChangeAsync(aangifte, status, reason, ct);
        aangifte.DecidedAt = time.GetUtcNow();
        aangifte.DecidedBy = scope.UserId;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(action, "Aangifte", id.ToString(), Purpose), ct);
        if (aangifte.ClockId is { } clock)
        {
            await (stopClock ? clocks.StopAsync(clock, ct) : clocks.PauseAsync(clock, ct));
        }
        if (stopClock)
        {
            // Handled: the citizen may be asked what they thought of it (after the monitor's delay, if sampled).
            await surveys.AangifteDecidedAsync(aangifte, types.Find(aangifte.TypeId)?.TriageTopic ?? "");
        }
        return aangifte;
    }
}
