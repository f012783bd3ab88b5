using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Aangifte;

/// <summary>Issue 7 follow-up: the citizen's status timeline with explanations, and messages between citizen and handler.</summary>
public sealed class CaseFollowUpTests
{
    private const string Bsn = "999991772";
    private const string Name = "Petra de Boer";
    private const string OtherBsn = "999990032";

    [Fact]
    public async Task Each_status_change_shows_on_the_citizens_timeline_with_what_it_means_and_a_link_only_notification()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        var url = $"/medewerker/intake/{aangifte.Id}";

        Assert.Equal("In behandeling", (await intake.GetPageAsync(url)).QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await intake.PostFormAsync(url, new Dictionary<string, string>(), "form[data-action=approve]")).StatusCode);
        await intake.PostFormAsync(url, new Dictionary<string, string> { ["FollowUp"] = "InOnderzoek", ["ClosingReason"] = "" }, "form[data-action=follow-up]");
        await intake.PostFormAsync(url, new Dictionary<string, string> { ["FollowUp"] = "Afgesloten", ["ClosingReason"] = "geen-aanknopingspunten" }, "form[data-action=follow-up]");

        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var page = await citizen.GetPageAsync($"/mijn/zaken/{aangifte.Id}");
        Assert.Equal("Afgesloten", page.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal("De politie doet niets meer met uw zaak.", page.QuerySelector("[data-testid=status-meaning]")!.TextContent.Trim());
        Assert.Contains("Er zijn geen sporen of getuigen gevonden", page.QuerySelector("[data-testid=status-reason]")!.TextContent);
        Assert.Equal(
            ["Ontvangen", "InBehandeling", "Geregistreerd", "InOnderzoek", "Afgesloten"],
            page.QuerySelectorAll("[data-testid=timeline] li").Select(li => li.GetAttribute("data-status")!));

        var english = await citizen.GetPageAsync($"/mijn/zaken/{aangifte.Id}?culture=en");
        Assert.Equal("The police will not take any further action on your case.", english.QuerySelector("[data-testid=status-meaning]")!.TextContent.Trim());

        // Registered, under investigation, closed: three e-mails, each only a link to the case page.
        var sent = await app.WithDbAsync(db => db.Set<OutboxNotification>().AsNoTracking()
            .Where(n => n.TemplateId == NotificationTemplateIds.AangifteStatus).ToListAsync());
        Assert.Equal(3, sent.Count);
        Assert.All(sent, n => Assert.Equal($"{{\"link\":\"/mijn/zaken/{aangifte.Id}\"}}", n.ModelJson));
    }

    [Fact]
    public async Task A_victim_who_chose_not_to_be_kept_informed_gets_no_email_about_progress_but_sees_it_on_the_timeline()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        await app.ApproveAsync(aangifte.Id);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        await citizen.PostFormAsync($"/mijn/zaken/{aangifte.Id}", new Dictionary<string, string>
        {
            ["KeepInformed"] = "nee", ["Slachtofferhulp"] = "nee", ["Compensation"] = "ja", ["ReleaseInformation"] = "nee", ["Language"] = "nl",
        }, "form[data-testid=choices-form]");

        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        await intake.PostFormAsync($"/medewerker/intake/{aangifte.Id}", new Dictionary<string, string> { ["FollowUp"] = "InOnderzoek", ["ClosingReason"] = "" }, "form[data-action=follow-up]");

        // Only the registration was e-mailed (before the choice changed); the investigation shows on the page.
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxNotification>().CountAsync(n => n.TemplateId == NotificationTemplateIds.AangifteStatus)));
        var page = await citizen.GetPageAsync($"/mijn/zaken/{aangifte.Id}");
        Assert.Equal("In onderzoek", page.QuerySelector("[data-testid=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_follow_up_step_is_refused_before_registration_and_closing_needs_a_reason()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        var url = $"/medewerker/intake/{aangifte.Id}";
        Assert.Null((await intake.GetPageAsync(url)).QuerySelector("form[data-action=follow-up]"));

        await app.ApproveAsync(aangifte.Id);
        var refused = await (await intake.PostFormAsync(url, new Dictionary<string, string> { ["FollowUp"] = "Afgesloten", ["ClosingReason"] = "" }, "form[data-action=follow-up]")).ParseAsync();
        Assert.Contains("Kies bij afsluiten ook een reden", refused.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(AangifteStatus.Geregistreerd, await app.WithDbAsync(db => db.Set<SubmittedAangifte>().Where(a => a.Id == aangifte.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task Citizen_and_handler_exchange_messages_each_side_is_told_and_it_is_audited()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        await app.ApproveAsync(aangifte.Id);
        using var citizen = await app.SignInAsCitizenAsync(Bsn, Name);
        var casePage = $"/mijn/zaken/{aangifte.Id}";

        // Too long: refused, and what was typed is still in the form.
        var tooLong = new string('x', CaseMessage.MaxLength + 1);
        var refused = await (await citizen.PostFormAsync(casePage, new Dictionary<string, string> { ["Message"] = tooLong }, "form[data-action=message]")).ParseAsync();
        Assert.Equal("Schrijf een bericht van maximaal 4000 tekens.", refused.QuerySelector("#form-errors li")!.TextContent.Trim());
        Assert.Equal(tooLong, refused.QuerySelector("#message")!.TextContent);

        var sent = await (await citizen.PostFormAsync(casePage, new Dictionary<string, string> { ["Message"] = "Ik heb de fiets op Marktplaats gezien." }, "form[data-action=message]")).ParseAsync();
        Assert.NotNull(sent.QuerySelector("[data-testid=message-sent]"));

        // The registered aangifte is back in the unit's queue, flagged, until someone replies.
        using var intake = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.Unit));
        var queue = await intake.GetPageAsync("/medewerker/intake");
        Assert.NotNull(queue.QuerySelector($"tr[data-receipt='{aangifte.ReceiptNumber}'] [data-testid=message-waiting]"));
        var detail = $"/medewerker/intake/{aangifte.Id}";
        Assert.Contains("Marktplaats", (await intake.GetPageAsync(detail)).QuerySelector("[data-testid=messages] li[data-from=citizen]")!.TextContent);
        await intake.PostFormAsync(detail, new Dictionary<string, string> { ["Reply"] = "Dank u. Wij kijken ernaar." }, "form[data-action=reply]");
        Assert.Null((await intake.GetPageAsync("/medewerker/intake")).QuerySelector($"tr[data-receipt='{aangifte.ReceiptNumber}']"));

        var page = await citizen.GetPageAsync(casePage);
        Assert.Equal("Dank u. Wij kijken ernaar.", page.QuerySelector("[data-testid=messages] li[data-from=police] p")!.TextContent.Trim());
        var notice = await app.WithDbAsync(db => db.Set<OutboxNotification>().AsNoTracking().SingleAsync(n => n.TemplateId == NotificationTemplateIds.BerichtOntvangen));
        Assert.DoesNotContain("Dank u", notice.ModelJson);
        Assert.Equal(NotificationChannel.Email, notice.Channel);
        var actions = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityId == aangifte.Id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("aangifte.message.citizen", actions);
        Assert.Contains("aangifte.message.staff", actions);
    }

    [Fact]
    public async Task Another_citizen_and_another_unit_get_404_and_store_nothing()
    {
        await using var app = await VictimRightsApp.StartAsync();
        var aangifte = await app.FileBicycleTheftAsync(Bsn, Name);
        using var owner = await app.SignInAsCitizenAsync(Bsn, Name);
        var casePage = $"/mijn/zaken/{aangifte.Id}";
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(casePage, TestContext.Current.CancellationToken)).StatusCode);

        var theirs = await app.FileBicycleTheftAsync(OtherBsn, "Sanne Visser");
        using var other = await app.SignInAsCitizenAsync(OtherBsn, "Sanne Visser");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(casePage, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostWithOwnTokenAsync(other, $"/mijn/zaken/{theirs.Id}", $"{casePage}?handler=Message", "Message")).StatusCode);

        using var outsider = await app.SignInAsStaffAsync(await app.CreateStaffAsync(StaffRoles.Intake, VictimRightsApp.OtherUnit));
        var detail = $"/medewerker/intake/{aangifte.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(detail, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostWithOwnTokenAsync(outsider, "/wat-kan-ik-doen", $"{detail}?handler=Reply", "Reply")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostWithOwnTokenAsync(outsider, "/wat-kan-ik-doen", $"{detail}?handler=FollowUp", "FollowUp", "InOnderzoek")).StatusCode);

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CaseMessage>().CountAsync(m => m.AangifteId == aangifte.Id)));
        Assert.Equal(AangifteStatus.Ontvangen, await app.WithDbAsync(db => db.Set<SubmittedAangifte>().Where(a => a.Id == aangifte.Id).Select(a => a.Status).SingleAsync()));
    }

    /// <summary>Posts a valid field with the caller's own antiforgery token (from any page of theirs), so only access decides.</summary>
    private static async Task<HttpResponseMessage> PostWithOwnTokenAsync(HttpClient client, string ownPage, string url, string field, string value = "Een geldig bericht")
    {
        var token = (await client.GetPageAsync(ownPage)).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {ownPage}");
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { [field] = value, ["__RequestVerificationToken"] = token }),
            TestContext.Current.CancellationToken);
    }
}
