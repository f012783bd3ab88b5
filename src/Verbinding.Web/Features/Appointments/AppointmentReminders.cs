using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// Queues the reminder e-mail a day before each appointment. An appointment booked less than a day ahead gets no
/// reminder: the confirmation has just arrived. Each reminder is queued once (ReminderQueuedAt, and the outbox's
/// idempotency key); a moved appointment is reminded again for its new time.
/// </summary>
public sealed class AppointmentReminders(
    VerbindingDbContext db, AppointmentNotifier notifier, IDataProtectionProvider protection, IOptions<AppointmentOptions> options)
{
    private const int BatchSize = 200;

    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        now = now.ToUniversalTime(); // the stored form compares instants only when offsets agree
        var until = now + options.Value.ReminderLead;
        var due = await db.Set<Appointment>()
            .Where(a => a.Status == AppointmentStatus.Booked && a.ReminderQueuedAt == null && a.Email != null)
            .Where(a => a.Start > now && a.Start <= until)
            .OrderBy(a => a.Start).Take(BatchSize).ToListAsync(ct);
        var protector = protection.CreateProtector(AppointmentBooking.TokenPurpose);
        var queued = 0;
        foreach (var appointment in due)
        {
            appointment.ReminderQueuedAt = now;
            if (appointment.CreatedAt > appointment.Start - options.Value.ReminderLead)
            {
                continue; // booked within the last day: no reminder needed, only marked as handled
            }
            await notifier.RemindAsync(appointment, protector.Unprotect(appointment.ProtectedManageToken), ct);
            queued++;
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }
}
