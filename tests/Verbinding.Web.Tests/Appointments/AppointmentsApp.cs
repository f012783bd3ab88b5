using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Verbinding.Calendar;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Infrastructure.Web;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Notifications;

namespace Verbinding.Web.Tests.Appointments;

/// <summary>Intent methods for appointment tests: book like a citizen's browser does, read the e-mail's calendar file.</summary>
public static class AppointmentsApp
{
    /// <summary>Open day and night in the demo data, so tests do not depend on the hour they run.</summary>
    public const string Bureau = "utrecht-centrum";

    public static Task<VerbindingApplication> StartAsync(TestSmtpServer smtp, TestDatabase? database = null) =>
        VerbindingApplication.StartAsync(s =>
        {
            smtp.Configure(s);
            s["Notifications:PortalBaseUrl"] = NotificationsApp.PortalBaseUrl;
            s["Appointments:ReminderEnabled"] = "false"; // tests run the reminder sweep with their own "now"
        }, database);

    /// <summary>
    /// The <paramref name="daysAhead"/>-th local day after today that is not a public holiday, as the pages write it.
    /// A bureau has no times on a holiday, so a plain "today + n" would fail on, say, Christmas Eve.
    /// </summary>
    public static string Day(int daysAhead) => BookableDay(DateTimeOffset.UtcNow, daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Counts only days that are not holidays under any eenheid's rule (Liberation Day counts every year).</summary>
    public static DateOnly BookableDay(DateTimeOffset now, int daysAhead)
    {
        var day = DateOnly.FromDateTime(DutchTime.ToLocal(now).DateTime);
        for (var left = daysAhead; left > 0;)
        {
            day = day.AddDays(1);
            if (!WorkingCalendar.Default.IsHoliday(day))
            {
                left--;
            }
        }
        return day;
    }

    public static string TimesUrl(string day, string bureau = Bureau) => $"/afspraak?Bureau={bureau}&Dag={day}";

    /// <summary>The value of the n-th free time on the time step.</summary>
    public static async Task<string> FreeSlotAsync(this HttpClient client, string day, int index = 0)
    {
        var page = await client.GetPageAsync(TimesUrl(day));
        return page.QuerySelectorAll<IHtmlInputElement>("input[name=Start]:not([disabled])").ElementAt(index).Value;
    }

    public static Dictionary<string, string> ConfirmFields(string day, string slot, string name = "Anna de Vries", string email = "anna@example.nl") => new()
    {
        ["Step"] = "5",
        ["Bureau"] = Bureau,
        ["Dag"] = day,
        ["Start"] = slot,
        ["Name"] = name,
        ["Email"] = email,
        ["Phone"] = "06 12345678",
        ["Go"] = "send",
    };

    public static DateTimeOffset SlotStart(string slot) => DateTimeOffset.FromUnixTimeSeconds(long.Parse(slot, CultureInfo.InvariantCulture));

    /// <summary>The .ics attachment of an e-mail, parsed with Ical.Net as a calendar program would.</summary>
    public static Ical.Net.Calendar Calendar(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single(p => p.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return Ical.Net.Calendar.Load(text) ?? throw new InvalidOperationException("The attachment is not a calendar.");
    }

    public static string ManageLink(MimeMessage message)
    {
        var start = (message.TextBody ?? "").IndexOf(NotificationsApp.PortalBaseUrl + "/afspraak/beheren/", StringComparison.Ordinal);
        Assert.True(start >= 0, "The e-mail has no manage link.");
        var end = (message.TextBody ?? "").IndexOfAny([' ', '\r', '\n'], start);
        return new Uri(message.TextBody![start..end]).PathAndQuery;
    }

    /// <summary>Runs the outbox dispatcher (off in tests) and waits for the matching e-mail on the SMTP server.</summary>
    public static async Task<MimeMessage> MailAsync(this VerbindingApplication app, TestSmtpServer smtp, Func<MimeMessage, bool> predicate, TimeSpan? timeout = null)
    {
        await app.DispatchAsync();
        return await smtp.WaitForMessageAsync(predicate, timeout);
    }

    public static Task<int> RemindAsync(this VerbindingApplication app, DateTimeOffset now) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<AppointmentReminders>().RunAsync(now));

    public static async Task<T> WithScopeAsync<T>(this VerbindingApplication app, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
