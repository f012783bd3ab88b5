using System.Globalization;

namespace Verbinding.Web.Infrastructure.Web;

/// <summary>Times are stored in UTC and always shown in Europe/Amsterdam.</summary>
public static class DutchTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    public static string Format(DateTimeOffset at) =>
        ToLocal(at).ToString("d-M-yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
