using System.Globalization;

namespace Verbinding.Web.Features.ServiceLevels;

/// <summary>Waits as supervisors read them: "0:45", "12:05", "2:03:10" (hours only when needed).</summary>
public static class Waits
{
    public static string Format(TimeSpan? wait) => wait switch
    {
        null => "-",
        { TotalHours: >= 1 } w => ((int)w.TotalHours).ToString(CultureInfo.InvariantCulture) + w.ToString(@"\:mm\:ss", CultureInfo.InvariantCulture),
        { } w => ((int)w.TotalMinutes).ToString(CultureInfo.InvariantCulture) + w.ToString(@"\:ss", CultureInfo.InvariantCulture),
    };
}
