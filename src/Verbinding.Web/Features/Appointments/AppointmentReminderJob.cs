using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// Runs <see cref="AppointmentReminders"/> every few minutes on one node at a time (<see cref="LeasedJobService{TJob}"/>).
/// Erasing past appointments is the retention purge job's (<see cref="AppointmentRetentionRule"/>).
/// </summary>
public sealed class AppointmentReminderJob(AppointmentReminders reminders, TimeProvider time, ILogger<AppointmentReminderJob> logger) : ILeasedJob
{
    public const string Lease = "appointment-reminders";

    public string LeaseName => Lease;

    public async Task RunAsync(CancellationToken ct)
    {
        var queued = await reminders.RunAsync(time.GetUtcNow(), ct);
        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} appointment reminders", queued);
        }
    }
}
