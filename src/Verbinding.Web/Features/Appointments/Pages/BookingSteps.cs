using System.Globalization;
using Verbinding.Web.Infrastructure.Web;

namespace Verbinding.Web.Features.Appointments.Pages;

/// <summary>Small helpers the booking pages share: how a day and a slot travel in links and forms, and how they read.</summary>
public static class BookingSteps
{
    public static string DayValue(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A slot travels as its start in Unix seconds: unambiguous, also in the hour that repeats when summer time ends.</summary>
    public static long SlotValue(DateTimeOffset start) => start.ToUnixTimeSeconds();

    public static DateTimeOffset? ParseSlot(long? value) =>
        value is { } seconds and > 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    public static string Time(DateTimeOffset at) => DutchTime.ToLocal(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.CurrentUICulture);

    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(DutchTime.ToLocal(at).DateTime));
}
