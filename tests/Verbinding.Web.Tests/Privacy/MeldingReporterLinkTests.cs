using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Meldingen;
using Verbinding.Web.Tests.VictimRights;

namespace Verbinding.Web.Tests.Privacy;

/// <summary>A melding made while signed in with DigiD belongs to the citizen's data, unless they chose to report anonymously.</summary>
public sealed class MeldingReporterLinkTests
{
    private const string Bsn = "999990019";

    private static async Task<string> ReportAsync(HttpClient client, string street, Dictionary<string, string> contact)
    {
        var step1 = await client.GetPageAsync("/melding");
        var step2 = await client.StepAsync("/melding", step1, new Dictionary<string, string> { ["Category"] = "geluidsoverlast", ["HappeningNow"] = "nee" });
        var step3 = await client.StepAsync("/melding", step2, new Dictionary<string, string>
        {
            ["Description"] = "De buren hebben elke nacht keiharde muziek.", ["Answers[bron]"] = "woning", ["Answers[hoeVaak]"] = "dagelijks",
            ["Municipality"] = "Utrecht", ["Street"] = street, ["HouseNumber"] = "7",
        });
        var review = await client.StepAsync("/melding", step3, contact);
        var sent = await client.SubmitAsync("/melding", review, new Dictionary<string, string>(), "send");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var confirmation = await client.GetPageAsync(sent.Headers.Location!.OriginalString);
        return confirmation.QuerySelector("[data-testid=reference]")!.TextContent;
    }

    [Fact]
    public async Task Signed_in_reporter_with_contact_details_is_linked_and_an_anonymous_one_is_not()
    {
        await using var app = await VictimRightsApp.StartAsync();
        using var citizen = await app.SignInAsCitizenAsync(Bsn, "Anna Aalders");

        var named = await ReportAsync(citizen, "Lange Nieuwstraat", new() { ["Anonymous"] = "nee", ["ContactEmail"] = "anna@example.nl" });
        var anonymous = await ReportAsync(citizen, "Korte Nieuwstraat", new() { ["Anonymous"] = "ja" });

        var links = await app.WithDbAsync(db => db.Set<Melding>().ToDictionaryAsync(m => m.Reference, m => m.CitizenId));
        Assert.Equal(await app.CitizenIdAsync(Bsn), links[named]);
        Assert.Null(links[anonymous]);
        var export = await (await citizen.GetAsync("/mijn/gegevens?handler=Json", TestContext.Current.CancellationToken)).Content
            .ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(named, export, StringComparison.Ordinal);
        Assert.DoesNotContain(anonymous, export, StringComparison.Ordinal);
    }
}
