using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.ServiceClocks;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Monitor.FollowUp;

public sealed record FollowUpRow(FollowUpTask Task, int? Overall, string? Comment, DateTimeOffset Due, bool Overdue);

public enum FollowUpOutcome { Saved, NotFound }

/// <summary>
/// The unit team's call-back list: dissatisfied citizens who gave permission to be contacted. Contact is due within
/// 5 working days (a service clock); every read and change is audited, and closing a task erases the contact details.
/// </summary>
public sealed class FollowUpService(
    VerbindingDbContext db, ServiceClocks.ServiceClocks clocks, Verbinding.Calendar.CalendarSettings calendars, AuditTrail audit, TimeProvider time,
    ILogger<FollowUpService> logger)
{
    public const string ServiceLevel = "survey-follow-up";
    public const string ClockSubject = "survey-follow-up";
    private const string Purpose = "survey-follow-up";
    private const int MaxRows = 200;

    /// <summary>Starts the clock; outside the response transaction, because the audit trail writes on its own connection.</summary>
    public async Task StartClockAsync(FollowUpTask task, CancellationToken ct)
    {
        try
        {
            var clock = await clocks.StartAsync(ClockSubject, task.Id.ToString(), task.EenheidId, ServiceLevel, task.CreatedAt, ct);
            await db.Set<FollowUpTask>().Where(t => t.Id == task.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ServiceClockId, clock.Id), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The response and the task are already stored: the citizen must not see an error for this. The task
            // still shows, with a due date from the default calendar.
            logger.LogWarning(ex, "Could not start the service clock of follow-up task {TaskId}", task.Id);
        }
    }

    public async Task<IReadOnlyList<FollowUpRow>> ListAsync(StaffScope scope, bool includeClosed, CancellationToken ct)
    {
        var tasks = await db.Set<FollowUpTask>().AsNoTracking()
            .Where(t => scope.IsNational || t.EenheidId == scope.EenheidId)
            .Where(t => includeClosed || t.Status != FollowUpStatus.Done)
            .OrderBy(t => t.CreatedAt).Take(MaxRows).ToListAsync(ct);
        var responseIds = tasks.Select(t => t.ResponseId).ToList();
        var responses = await db.Set<SurveyResponse>().AsNoTracking().Where(r => responseIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Overall, r.Comment }).ToDictionaryAsync(r => r.Id, ct);
        var clockIds = tasks.Where(t => t.ServiceClockId is not null).Select(t => t.ServiceClockId!.Value).ToList();
        var clockRecords = await db.Set<ServiceClockRecord>().AsNoTracking().Where(c => clockIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var now = time.GetUtcNow();
        await audit.RecordAsync(new AuditEvent("read", "SurveyFollowUpTask", null, Purpose), ct);
        return [.. tasks.Select(t =>
        {
            var response = responses.GetValueOrDefault(t.ResponseId);
            var clock = t.ServiceClockId is { } id ? clockRecords.GetValueOrDefault(id) : null;
            var due = clock is null
                ? calendars.Level(ServiceLevel).DueFrom(t.CreatedAt, calendars.ForOrDefault(t.EenheidId))
                : clocks.Evaluate(clock, now).Due;
            return new FollowUpRow(t, response?.Overall, response?.Comment, due, t.Status == FollowUpStatus.Open && due <= now);
        })];
    }

    public Task<FollowUpOutcome> MarkContactedAsync(Guid id, StaffScope scope, string note, CancellationToken ct) =>
        ChangeAsync(id, scope, note, FollowUpStatus.InProgress, "followup.contacted", ct);

    public Task<FollowUpOutcome> CloseAsync(Guid id, StaffScope scope, string note, CancellationToken ct) =>
        ChangeAsync(id, scope, note, FollowUpStatus.Done, "followup.closed", ct);

    private async Task<FollowUpOutcome> ChangeAsync(Guid id, StaffScope scope, string note, string status, string action, CancellationToken ct)
    {
        var task = await db.Set<FollowUpTask>().SingleOrDefaultAsync(t => t.Id == id && t.Status != FollowUpStatus.Done, ct);
        if (task is null || !scope.CanAccess(task.EenheidId))
        {
            return FollowUpOutcome.NotFound;
        }
        var now = time.GetUtcNow();
        task.Note = note.Trim();
        task.HandledBy = scope.UserId;
        task.Status = status;
        task.ContactedAt ??= status == FollowUpStatus.InProgress ? now : null;
        if (status == FollowUpStatus.Done)
        {
            task.ClosedAt = now;
            // The call-back is over: the only link between a person and an anonymous response is no longer needed.
            task.ContactEmail = null;
            task.ContactReference = null;
            task.ResponseId = Guid.Empty;
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(action, "SurveyFollowUpTask", task.Id.ToString(), Purpose), ct);
        await StopClockAsync(task, ct);
        return FollowUpOutcome.Saved;
    }

    /// <summary>The service level is about making contact: the first of "contacted" or "closed" stops the clock.</summary>
    private async Task StopClockAsync(FollowUpTask task, CancellationToken ct)
    {
        if (task.ServiceClockId is not { } clockId)
        {
            return;
        }
        var record = await db.Set<ServiceClockRecord>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == clockId, ct);
        if (record is not null && record.ClosedAt is null)
        {
            await clocks.StopAsync(clockId, ct);
        }
    }
}
