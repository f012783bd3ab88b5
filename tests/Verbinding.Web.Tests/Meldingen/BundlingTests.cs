using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Meldingen;

public sealed class BundlingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    private async Task<(long BundleId, List<(string Reference, string Code)> Meldingen)> ThreeNeighboursReportAsync(string street)
    {
        var meldingen = new List<(string, string)>
        {
            await App.RegisterAsync(MeldingenApp.Melding(street: street, houseNumber: "12a", contact: new { name = "A", email = "a@example.nl", phone = (string?)null })),
            await App.RegisterAsync(MeldingenApp.Melding(street: street.ToUpperInvariant(), houseNumber: "12 A", contact: new { name = (string?)null, email = "b@example.nl", phone = (string?)null }, language: "en")),
            await App.RegisterAsync(MeldingenApp.Melding(street: street, houseNumber: "12-a", contact: new { name = "C", email = (string?)null, phone = "0612345678" })),
        };
        var bundleIds = await App.WithDbAsync(db => db.Set<Melding>().Where(m => m.Street!.ToLower() == street.ToLower()).Select(m => m.BundleId).Distinct().ToListAsync());
        return (Assert.Single(bundleIds), meldingen);
    }

    [Fact]
    public async Task Three_meldingen_about_one_address_are_one_bundle_and_one_action_informs_all_three_reporters()
    {
        var (bundleId, meldingen) = await ThreeNeighboursReportAsync("Bundelstraat");
        var other = await App.RegisterAsync(MeldingenApp.Melding(category: "drugsoverlast", street: "Bundelstraat", houseNumber: "12a"));

        var agent = await App.CreateStaffAsync(StaffRoles.Wijkagent, "midden-nederland");
        using var staff = await App.SignInAsStaffAsync(agent);
        var queue = await staff.GetPageAsync("/medewerker/meldingen?Category=geluidsoverlast");
        Assert.Contains("3 meldingen over dit adres in 30 dagen", queue.QuerySelector("[data-testid=queue]")!.TextContent, StringComparison.Ordinal);

        using var citizen = App.CreateClient();
        // Read once before the outcome, so the short status cache holds "received" when the team acts.
        var before = await (await citizen.GetStatusAsync(meldingen[0].Reference, meldingen[0].Code)).JsonAsync();
        Assert.Equal("received", before.GetProperty("status").GetString());

        var done = await staff.PostFormAsync($"/medewerker/meldingen/bundel/{bundleId}", new Dictionary<string, string> { ["Outcome"] = "wijkagent-gesproken", ["Note"] = "Gesprek met bewoners op nr 12a" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var references = meldingen.Select(m => m.Reference).ToList();
        var notifications = (await App.WithDbAsync(db => db.Set<OutboxNotification>()
                .Where(n => n.TemplateId == NotificationTemplateIds.MeldingTerugkoppeling).ToListAsync()))
            .Where(n => references.Any(r => n.ModelJson.Contains(r, StringComparison.Ordinal))).ToList();
        Assert.Equal(3, notifications.Count);
        Assert.All(notifications, n => Assert.Equal(NotificationStatus.Pending, n.Status));
        Assert.Single(notifications, n => n.Channel == NotificationChannel.Sms);
        Assert.Single(notifications, n => n.Language == "en");
        // The internal note and the outcome never travel in the message itself: only the reference and a link.
        Assert.All(notifications, n => Assert.DoesNotContain("Gesprek", n.ModelJson, StringComparison.Ordinal));

        foreach (var (reference, code) in meldingen)
        {
            var status = await (await citizen.GetStatusAsync(reference, code)).JsonAsync();
            Assert.Equal("wijkagent-gesproken", status.GetProperty("outcome").GetString());
        }
        var untouched = await (await citizen.GetStatusAsync(other.Reference, other.Code)).JsonAsync();
        Assert.Equal("received", untouched.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Agent_of_another_unit_can_neither_see_nor_answer_the_bundle()
    {
        var (bundleId, _) = await ThreeNeighboursReportAsync("Scopestraat");
        var rotterdam = await App.CreateStaffAsync(StaffRoles.Wijkagent, "rotterdam");
        using var staff = await App.SignInAsStaffAsync(rotterdam);

        var queue = await staff.GetPageAsync("/medewerker/meldingen");
        Assert.DoesNotContain("Scopestraat", queue.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/medewerker/meldingen/bundel/{bundleId}")).StatusCode);

        // A valid antiforgery token from one of their own pages: the refusal must come from the unit check.
        var token = (await staff.GetPageAsync("/medewerker/tokens")).QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var answer = await staff.PostAsync($"/medewerker/meldingen/bundel/{bundleId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Outcome"] = "gemeente",
        }));
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<Melding>().CountAsync(m => m.BundleId == bundleId && m.OutcomeId != null)));
    }

    [Fact]
    public async Task Area_view_counts_per_week_and_exports_csv_without_personal_data()
    {
        await ThreeNeighboursReportAsync("Gebiedstraat");
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor, "midden-nederland");
        using var staff = await App.SignInAsStaffAsync(supervisor);

        var page = await staff.GetPageAsync("/medewerker/meldingen/gebied?Basisteam=utrecht-stad");
        Assert.Contains("Gebiedstraat", page.QuerySelector("[data-testid=hotspots]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        var csv = await staff.GetStringAsync("/medewerker/meldingen/gebied?handler=Csv&Basisteam=utrecht-stad");
        Assert.Contains(";geluidsoverlast;", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("example.nl", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("12a", csv, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("muziek", csv, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/medewerker/meldingen/gebied?Basisteam=rotterdam-stad")).StatusCode);
    }
}
