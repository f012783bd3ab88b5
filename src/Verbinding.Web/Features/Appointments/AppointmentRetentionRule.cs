using Verbinding.Web.Features.Privacy.Retention;

namespace Verbinding.Web.Features.Appointments;

/// <summary><see cref="AppointmentRetention"/> as a category of the purge job (period: <c>Appointments:PersonalDataRetentionDays</c>).</summary>
public sealed class AppointmentRetentionRule(AppointmentRetention retention) : IRetentionRule
{
    public string Category => "appointments";

    public async Task<RetentionResult> ApplyAsync(DateTimeOffset now, CancellationToken ct) =>
        RetentionResult.OfAnonymised(await retention.EraseAsync(now, ct));
}
