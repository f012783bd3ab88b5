using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Jobs;

namespace Verbinding.Web.Features.Appointments;

public static class AppointmentsExtensions
{
    /// <summary>Bureau appointments and call-backs: slots, race-free booking, e-mail with .ics, the reminder job.</summary>
    public static IHostApplicationBuilder AddAppointments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AppointmentOptions>().BindConfiguration(AppointmentOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<AppointmentPlanner>();
        builder.Services.AddScoped<AppointmentNotifier>();
        builder.Services.AddScoped<AppointmentBooking>();
        builder.Services.AddScoped<AppointmentReminders>();
        builder.Services.AddScoped<AppointmentRetention>();
        builder.Services.AddSingleton<HomeVisitUnits>();
        if (builder.Configuration.GetValue(AppointmentOptions.Section + ":" + nameof(AppointmentOptions.ReminderEnabled), true))
        {
            builder.Services.AddLeasedJob<AppointmentReminderJob>(sp => new LeasedJobSchedule(
                sp.GetRequiredService<IOptions<AppointmentOptions>>().Value.ReminderInterval, RunAtStart: true));
        }
        return builder;
    }
}
