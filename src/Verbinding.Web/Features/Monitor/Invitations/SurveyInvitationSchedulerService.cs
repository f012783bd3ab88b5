using Microsoft.Extensions.Options;

namespace Verbinding.Web.Features.Monitor.Invitations;

/// <summary>Runs the invitation scheduler on every node (requests are leased one by one, so no job lease is needed).</summary>
internal sealed class SurveyInvitationSchedulerService(
    IServiceScopeFactory scopes, IOptions<MonitorOptions> options, TimeProvider time, ILogger<SurveyInvitationSchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SurveyInvitationScheduler>().ProcessDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Survey invitation scheduling failed; trying again after the interval");
            }
            try
            {
                await Task.Delay(options.Value.SchedulerInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
