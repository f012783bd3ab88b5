using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Meldingen;

public sealed class MeldingFormTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    private static readonly Dictionary<string, string> Details = new()
    {
        ["Description"] = "De buren hebben elke nacht keiharde muziek.",
        ["Answers[bron]"] = "woning",
        ["Answers[hoeVaak]"] = "dagelijks",
        ["Municipality"] = "Utrecht",
        ["Street"] = "Lange Nieuwstraat",
        ["HouseNumber"] = "7",
    };

    [Fact]
    public async Task Citizen_reports_noise_in_four_steps_and_gets_a_reference_and_tracking_link()
    {
        using var client = App.CreateBrowserClient();
        var step1 = await client.GetPageAsync("/melding");
        Assert.Contains("Stap 1 van 4", step1.QuerySelector("[data-testid=progress]")!.TextContent, StringComparison.Ordinal);

        var step2 = await client.StepAsync("/melding", step1, new Dictionary<string, string> { ["Category"] = "geluidsoverlast", ["HappeningNow"] = "nee" });
        Assert.Contains("Stap 2 van 4", step2.QuerySelector("[data-testid=progress]")!.TextContent, StringComparison.Ordinal);
        var step3 = await client.StepAsync("/melding", step2, Details);
        var review = await client.StepAsync("/melding", step3, new Dictionary<string, string> { ["Anonymous"] = "nee", ["ContactEmail"] = "buur@example.nl" });
        Assert.Contains("Lange Nieuwstraat 7", review.QuerySelector("[data-testid=review]")!.TextContent, StringComparison.Ordinal);

        var sent = await client.SubmitAsync("/melding", review, new Dictionary<string, string>(), "send");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var confirmation = await client.GetPageAsync(sent.Headers.Location!.OriginalString);
        var reference = confirmation.QuerySelector("[data-testid=reference]")!.TextContent;
        var link = confirmation.QuerySelector("[data-testid=tracking-link]")!.GetAttribute("href")!;

        var status = await client.GetPageAsync(link);
        Assert.Contains(reference, status.QuerySelector("[data-testid=status]")!.TextContent, StringComparison.Ordinal);
        var stored = await App.WithDbAsync(db => db.Set<Melding>().SingleAsync(m => m.Reference == reference));
        Assert.Equal(("utrecht-stad", "form", "buur@example.nl"), (stored.BasisteamId, stored.Channel, stored.ContactEmail));
        Assert.Contains("dagelijks", stored.AnswersJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_postcode_keeps_everything_the_citizen_typed()
    {
        using var client = App.CreateBrowserClient();
        var step1 = await client.GetPageAsync("/melding?category=geluidsoverlast");
        var step2 = await client.StepAsync("/melding", step1, new Dictionary<string, string> { ["Category"] = "geluidsoverlast", ["HappeningNow"] = "nee" });
        var again = await client.StepAsync("/melding", step2, new Dictionary<string, string>(Details) { ["Postcode"] = "35111" });

        Assert.Contains("Stap 2 van 4", again.QuerySelector("[data-testid=progress]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3511 AB", again.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("35111", again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#postcode")!.Value);
        Assert.Equal("Lange Nieuwstraat", again.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#street")!.Value);
        Assert.Equal("De buren hebben elke nacht keiharde muziek.", again.QuerySelector("#description")!.TextContent);
        Assert.NotNull(again.QuerySelector("#q-hoeVaak-dagelijks[checked]"));
    }

    [Fact]
    public async Task Going_back_loses_nothing()
    {
        using var client = App.CreateBrowserClient();
        var step1 = await client.GetPageAsync("/melding");
        var step2 = await client.StepAsync("/melding", step1, new Dictionary<string, string> { ["Category"] = "geluidsoverlast", ["HappeningNow"] = "nee" });
        var step3 = await client.StepAsync("/melding", step2, Details);
        var back = await client.StepAsync("/melding", step3, new Dictionary<string, string> { ["ContactEmail"] = "a@example.nl" }, "back");

        Assert.Equal("Utrecht", back.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#municipality")!.Value);
        Assert.Equal("a@example.nl", back.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=ContactEmail]")!.Value);
    }

    [Fact]
    public async Task Confused_person_happening_now_shows_112_and_stores_nothing()
    {
        using var client = App.CreateBrowserClient();
        var step1 = await client.GetPageAsync("/melding");
        var page = await client.StepAsync("/melding", step1, new Dictionary<string, string> { ["Category"] = "verward-persoon", ["HappeningNow"] = "ja" });
        Assert.NotNull(page.QuerySelector("[data-testid=spoed-112] a[href='tel:112']"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<Melding>().CountAsync(m => m.CategoryId == "verward-persoon")));
    }

    [Fact]
    public async Task Sending_the_same_form_twice_stores_one_melding()
    {
        using var client = App.CreateBrowserClient();
        var step1 = await client.GetPageAsync("/melding");
        var step2 = await client.StepAsync("/melding", step1, new Dictionary<string, string> { ["Category"] = "geluidsoverlast", ["HappeningNow"] = "nee" });
        var step3 = await client.StepAsync("/melding", step2, new Dictionary<string, string>(Details) { ["Street"] = "Dubbelstraat" });
        var review = await client.StepAsync("/melding", step3, new Dictionary<string, string> { ["Anonymous"] = "ja" });

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/melding", review, new Dictionary<string, string>(), "send")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/melding", review, new Dictionary<string, string>(), "send")).StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<Melding>().CountAsync(m => m.Street == "Dubbelstraat")));
    }
}
