namespace Verbinding.Web.Features.Appointments;

/// <summary>
/// A pool of seats: a bureau's aangifte desk, its desk for other matters, or the national call-back team.
/// The key names the pool in <see cref="SlotClaim"/> rows; each pool has its own capacity per slot.
/// </summary>
public static class SlotResources
{
    public const string CallBack = "terugbellen";

    public static string Bureau(string bureauId, AppointmentKind kind) =>
        $"bureau:{bureauId}:{(kind == AppointmentKind.Aangifte ? "aangifte" : "anders")}";
}
