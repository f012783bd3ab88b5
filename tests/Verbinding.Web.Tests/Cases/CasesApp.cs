using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Appointments;
using Verbinding.Web.Features.Cases;
using Verbinding.Web.Features.Citizens;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Aangifte;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Cases;

/// <summary>Intent methods for the case tests: file an aangifte (twice), log a call, read a case and its access e-mail.</summary>
internal static class CasesApp
{
    /// <summary>Files the bicycle theft and then submits the same draft again, as a double click or a retry would.</summary>
    public static async Task<SubmittedAangifte> FileTwiceAsync(this VerbindingApplication app, string bsnText, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var aangiftes = scope.ServiceProvider.GetRequiredService<AangifteService>();
        var type = scope.ServiceProvider.GetRequiredService<AangifteTypeCatalog>().Find("fietsendiefstal")!;
        Assert.True(Bsn.TryParse(bsnText, out var bsn));
        var draft = await aangiftes.StartDraftAsync(bsn, type, new EligibilityRecord([], 30, false, "test", false));
        for (var i = 0; i < AangifteFlow.BicycleSteps.Length; i++)
        {
            Assert.True((await aangiftes.SaveStepAsync(draft, i, AangifteFlow.BicycleSteps[i], StepMove.Next)).Check.IsValid, $"step {i}");
        }
        var first = (await aangiftes.SubmitAsync(bsn, name, draft.Id, "nl")).Aangifte!;
        var second = await aangiftes.SubmitAsync(bsn, name, draft.Id, "nl");
        Assert.True(second.AlreadySent);
        return first;
    }

    public static async Task<Guid> LogPhoneCallAsync(this VerbindingApplication app, string bsn, string unit, string summary, string? email = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var staff = new StaffActor("test-agent", "Agent Test", new StaffScope("test-agent", unit, false), false);
        var (id, citizen) = await scope.ServiceProvider.GetRequiredService<ContactLog>()
            .LogAsync(new ContactLogInput(ContactChannels.Phone, "fietsendiefstal", summary, Outcomes.Answered, null, email, bsn), staff, default);
        Assert.NotNull(citizen);
        return id;
    }

    /// <summary>A bureau appointment booked with this e-mail address (stored directly: the booking flow is tested elsewhere).</summary>
    public static Task<int> AddAppointmentAsync(this VerbindingApplication app, string reference, string unit, string email) => app.WithDbAsync(db =>
    {
        var start = DateTimeOffset.UtcNow.AddDays(3);
        db.Add(new Appointment
        {
            Id = Guid.NewGuid(), Reference = reference, ResourceKey = "test-" + reference, EenheidId = unit, Start = start, End = start.AddMinutes(30),
            Name = "Petra", Email = email, Language = "nl", ManageTokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), ProtectedManageToken = "x", CreatedAt = DateTimeOffset.UtcNow,
        });
        return db.SaveChangesAsync();
    });

    public static Task<List<CaseFile>> CasesOfAsync(this VerbindingApplication app, string originType, string originId) =>
        app.WithDbAsync(db => db.Set<CaseFile>().AsNoTracking().Include(c => c.Links)
            .Where(c => c.OriginType == originType && c.OriginId == originId).ToListAsync());

    public static Task<List<OutboxNotification>> AccessMailsAsync(this VerbindingApplication app) =>
        app.WithDbAsync(db => db.Set<OutboxNotification>().AsNoTracking().Where(n => n.TemplateId == NotificationTemplateIds.ZaakToegang).ToListAsync());

    public static Dictionary<string, string> Model(this OutboxNotification notification) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(notification.ModelJson)!;

    /// <summary>Posts number and code to /zaak as a citizen without DigiD would.</summary>
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> OpenWithCodeAsync(this VerbindingApplication app, string number, string code)
    {
        using var client = app.CreateBrowserClient();
        var response = await client.PostFormAsync("/zaak", new Dictionary<string, string> { ["Number"] = number, ["Code"] = code });
        Assert.True(response.IsSuccessStatusCode, $"POST /zaak -> {(int)response.StatusCode}");
        return await response.ParseAsync();
    }
}
