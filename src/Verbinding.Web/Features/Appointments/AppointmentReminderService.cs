using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// Runs <see cref="AppointmentReminders"/> every few minutes on one node at a time (a job lease in the database).
/// Erasing past appointments is the retention purge job's (<see cref="AppointmentRetentionRule"/>).
/// </summary>
public sealed class AppointmentReminderService(
    IServiceScopeFactory scopes, JobLeases leases, TimeProvider time, IOptions<AppointmentOptions> options, ILogger<AppointmentReminderService> logger)
    : BackgroundService
{
    public const string LeaseName = "appointment-reminders";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ReminderInterval;
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                if (await leases.TryAcquireAsync(LeaseName, JobLeases.ProcessHolder, interval * 2, stoppingToken))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var queued = await scope.ServiceProvider.GetRequiredService<AppointmentReminders>().RunAsync(time.GetUtcNow(), stoppingToken);
                    if (queued > 0)
                    {
                        logger.LogInformation("Queued {Count} appointment reminders", queued);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Appointment reminders failed; trying again in {Interval}", interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
