using System.Data.Common;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Privacy.Export;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Data;
using Verbinding.Web.Tests.Appointments;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Privacy;

/// <summary>
/// "Mijn gegevens" finds an appointment however the citizen typed their number or address at booking, also when the
/// police know it only from a logged call; and it looks the citizen's contact details up once per export.
/// </summary>
public sealed class ExportContactMatchingTests
{
    private const string Bsn = "999990019";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_call_back_booked_as_06_12345678_is_in_the_export_of_the_citizen_known_by_plus31612345678()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await app.LogCallAsync(Bsn, phone: "+31612345678", email: null);
        var own = await app.BookCallBackAsync("06 12345678", slotIndex: 0);
        await app.BookCallBackAsync("06 87654321", slotIndex: 1); // another citizen's

        var appointments = (await app.ExportAsync(Bsn)).Sections.Single(s => s.Category == "appointments").Records;

        var record = Assert.Single(appointments);
        Assert.Equal(own.Reference, record.Single(f => f.Key == "reference").Value);
        Assert.Equal("+31612345678", record.Single(f => f.Key == "phone").Value);
    }

    [Fact]
    public async Task An_appointment_booked_with_the_email_address_in_other_capitals_is_in_the_export()
    {
        await using var app = await VerbindingApplication.StartAsync();
        await app.LogCallAsync(Bsn, phone: null, email: "jan.jansen@example.nl");
        var day = AppointmentsApp.Day(1);
        using var client = app.CreateBrowserClient();
        var slot = await client.FreeSlotAsync(day);
        var fields = new Dictionary<string, string>(AppointmentsApp.ConfirmFields(day, slot, "Jan Jansen", " Jan.Jansen@Example.NL ")) { ["Phone"] = "" };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(AppointmentsApp.TimesUrl(day), fields)).StatusCode);
        var other = new Dictionary<string, string>(AppointmentsApp.ConfirmFields(day, slot, "Bert", "bert@example.nl")) { ["Phone"] = "" };
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(AppointmentsApp.TimesUrl(day), other)).StatusCode);

        var appointments = (await app.ExportAsync(Bsn)).Sections.Single(s => s.Category == "appointments").Records;

        Assert.Equal("Jan.Jansen@Example.NL", Assert.Single(appointments).Single(f => f.Key == "email").Value);
    }

    [Fact]
    public async Task One_export_looks_up_the_citizens_known_contact_details_once()
    {
        var commands = new ContactDetailQueries();
        await using var app = await VerbindingApplication.StartAsync(services: s => s
            .ConfigureDbContext<SqliteVerbindingDbContext>(o => o.AddInterceptors(commands))
            .ConfigureDbContext<PostgresVerbindingDbContext>(o => o.AddInterceptors(commands)));
        await app.LogCallAsync(Bsn, phone: "+31612345678", email: "jan.jansen@example.nl");
        await app.BookCallBackAsync("06 12345678", slotIndex: 0);

        commands.Active = true;
        var document = await app.ExportAsync(Bsn);
        commands.Active = false;

        Assert.Equal(1, commands.Count);
        Assert.Single(document.Sections.Single(s => s.Category == "appointments").Records); // found through those details
    }

    /// <summary>
    /// Counts the query of <see cref="KnownContactDetails"/> for the e-mail and phone identities of the timeline: the
    /// only query of an export that names the phone kind (the others read identities by citizen alone).
    /// </summary>
    private sealed class ContactDetailQueries : DbCommandInterceptor
    {
        private int _count;

        public volatile bool Active;

        public int Count => _count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            if (Active && command.CommandText.Contains($"'{IdentityKinds.Phone}'", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
            return ValueTask.FromResult(result);
        }
    }
}

internal static class ExportContactMatchingApp
{
    /// <summary>A colleague logs a call with the citizen: the number and address join their contacts timeline.</summary>
    public static async Task LogCallAsync(this VerbindingApplication app, string bsn, string? phone, string? email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var staff = new StaffActor("test-agent", "Agent Test", new StaffScope("test-agent", "midden-nederland", false), false);
        var (_, citizen) = await scope.ServiceProvider.GetRequiredService<ContactLog>()
            .LogAsync(new ContactLogInput(ContactChannels.Phone, "fietsendiefstal", "Vraag over aangifte", Outcomes.Answered, phone, email, bsn), staff, default);
        Assert.NotNull(citizen);
    }

    /// <summary>Books a call-back through the page, as a citizen's browser does, with the number typed as given.</summary>
    public static async Task<Appointment> BookCallBackAsync(this VerbindingApplication app, string phone, int slotIndex)
    {
        using var client = app.CreateBrowserClient();
        var day = AppointmentsApp.Day(1);
        var times = await client.GetPageAsync($"/terugbellen?reden=aangifte&dag={day}");
        var slot = times.QuerySelectorAll<IHtmlInputElement>("input[name=Start]:not([disabled])").ElementAt(slotIndex).Value;
        var booked = await client.PostFormAsync($"/terugbellen?dag={day}", new Dictionary<string, string>
        {
            ["Step"] = "4", ["Dag"] = day, ["Start"] = slot, ["Reden"] = "aangifte", ["Gemeente"] = "Utrecht",
            ["Name"] = "Kees Bakker", ["Phone"] = phone, ["Email"] = "", ["Go"] = "send",
        });
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        return await app.WithDbAsync(db => db.Set<Appointment>().AsNoTracking().OrderByDescending(a => a.CreatedAt).FirstAsync());
    }

    public static async Task<PersonalDataDocument> ExportAsync(this VerbindingApplication app, string bsnText)
    {
        Assert.True(Bsn.TryParse(bsnText, out var bsn));
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PersonalDataExport>().CollectAsync(bsn, "Jan Jansen", "json", default);
    }
}
