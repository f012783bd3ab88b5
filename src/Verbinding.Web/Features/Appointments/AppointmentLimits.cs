namespace Verbinding.Web.Features.Appointments;

public static class AppointmentLimits
{
    public const int ResourceKey = 80;
    public const int Name = 200;
    public const int Email = 254;
    public const int Phone = 20;
}
