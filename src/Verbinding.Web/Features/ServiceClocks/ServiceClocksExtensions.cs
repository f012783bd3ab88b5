using Microsoft.Extensions.Options;
using Verbinding.Calendar;
using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.ServiceClocks;

public static class ServiceClocksExtensions
{
    /// <summary>The working-day calendars (reference/calendar.json), the clock service, and the overdue monitor.</summary>
    public static IHostApplicationBuilder AddServiceClocks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => CalendarSettings.Load(CalendarSettings.DefaultPath));
        builder.Services.AddScoped<ServiceClocks>();
        builder.Services.AddScoped<ServiceClockSweep>();
        builder.Services.AddScoped<ServiceClockDashboard>();
        builder.Services.AddOptions<ServiceClockOptions>().BindConfiguration(ServiceClockOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        if (builder.Configuration.GetValue(ServiceClockOptions.Section + ":" + nameof(ServiceClockOptions.MonitorEnabled), true))
        {
            // Runs at start-up too: clocks that fell due while no node ran are marked at once.
            builder.Services.AddLeasedJob<ServiceClockMonitor>(sp => new LeasedJobSchedule(
                sp.GetRequiredService<IOptions<ServiceClockOptions>>().Value.MonitorInterval, RunAtStart: true));
        }
        return builder;
    }
}
