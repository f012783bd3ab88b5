using System.Globalization;

namespace Verbinding.Web.Infrastructure.Notifications;

public static class NotificationLanguages
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static bool IsSupported(string language) => language is Dutch or English;

    public static CultureInfo Culture(string language) =>
        CultureInfo.GetCultureInfo(language == English ? English : Dutch);
}
