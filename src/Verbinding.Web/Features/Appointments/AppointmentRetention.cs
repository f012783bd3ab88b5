using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Verbinding.Web.Infrastructure.Data;

namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// Storage limitation: once an appointment is well past (or was cancelled long enough ago), the name, e-mail and
/// phone (and their keyed hashes) are erased. Reference, time and place stay for the bureau's statistics.
/// </summary>
public sealed class AppointmentRetention(VerbindingDbContext db, IOptions<AppointmentOptions> options)
{
    public const string Erased = "-";

    public Task<int> EraseAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var before = now.ToUniversalTime().AddDays(-options.Value.PersonalDataRetentionDays);
        return db.Set<Appointment>()
            .Where(a => a.Name != Erased && (a.End < before || (a.CancelledAt != null && a.CancelledAt < before)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Name, Erased)
                .SetProperty(a => a.Email, (string?)null)
                .SetProperty(a => a.Phone, (string?)null)
                .SetProperty(a => a.EmailKeyHash, (string?)null)
                .SetProperty(a => a.PhoneKeyHash, (string?)null), ct);
    }
}
