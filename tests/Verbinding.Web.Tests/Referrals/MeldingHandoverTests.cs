using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Referrals;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Meldingen;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>From a melding's confirmation to a warm handover: the partner offered, the details prefilled for the reporter only, nothing ticked for them.</summary>
public sealed class MeldingHandoverTests
{
    [Fact]
    public async Task A_noise_melding_offers_buurtbemiddeling_with_the_reporters_details_filled_in_but_not_ticked()
    {
        await using var app = await ReferralsApp.StartAsync();
        using var reporter = app.CreateBrowserClient();
        var step1 = await reporter.GetPageAsync("/melding");
        var step2 = await reporter.StepAsync("/melding", step1, new Dictionary<string, string> { ["Category"] = "geluidsoverlast", ["HappeningNow"] = "nee" });
        var step3 = await reporter.StepAsync("/melding", step2, new Dictionary<string, string>
        {
            ["Description"] = "De buren hebben elke nacht keiharde muziek.", ["Answers[bron]"] = "woning", ["Answers[hoeVaak]"] = "dagelijks",
            ["Municipality"] = "Utrecht", ["Street"] = "Lange Nieuwstraat", ["HouseNumber"] = "7",
        });
        var review = await reporter.StepAsync("/melding", step3, new Dictionary<string, string>
        {
            ["Anonymous"] = "nee", ["ContactName"] = "Bram Visser", ["ContactEmail"] = "bram@example.nl", ["ContactPhone"] = "0611223344",
        });
        var sent = await reporter.SubmitAsync("/melding", review, new Dictionary<string, string>(), "send");
        var confirmation = await reporter.GetPageAsync(sent.Headers.Location!.OriginalString);
        var reference = confirmation.QuerySelector("[data-testid=reference]")!.TextContent;

        var offer = confirmation.QuerySelector("[data-testid=handover] [data-testid=offer-handover]")!.GetAttribute("href")!;
        Assert.Equal($"/hulp/overdracht?partner=buurtbemiddeling&bron=melding&ref={reference}", offer);
        var details = await reporter.GetPageAsync(offer);
        Assert.Equal("Bram Visser", Value(details, "#v-name"));
        Assert.Equal("0611223344", Value(details, "#v-phone"));
        Assert.Equal("bram@example.nl", Value(details, "#v-email"));
        var consent = await (await reporter.SubmitAsync(details, "form[action*=Review]", [
            KeyValuePair.Create("Values[name]", "Bram Visser"), KeyValuePair.Create("Values[phone]", "0611223344")])).PageAsync();
        // Known from the melding, so nothing is ticked for the citizen: they choose.
        Assert.Empty(consent.QuerySelectorAll("input[name=Share][checked]"));
        Assert.NotNull(consent.QuerySelector("input[name=Share][value=caseReference]"));
        var confirmed = await reporter.SubmitAsync(consent, "form[action*=Confirm]", [KeyValuePair.Create("Share", "phone")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var melding = await app.WithDbAsync(db => db.Set<Melding>().SingleAsync(m => m.Reference == reference));
        var referral = await app.WithDbAsync(db => db.Set<Referral>().SingleAsync());
        Assert.Equal((ReferralSource.Melding, reference, melding.EenheidId, "phone"), (referral.Source, referral.SourceId, referral.EenheidId, referral.SharedItems));

        // Someone else with the same link (a reference is no proof of being the reporter) sees an empty form.
        using var stranger = app.CreateBrowserClient();
        var theirs = await stranger.GetPageAsync(offer);
        Assert.Equal("", Value(theirs, "#v-name"));
        Assert.Equal("", Value(theirs, "#v-phone"));
        Assert.Null(theirs.QuerySelector("#v-caseReference"));
    }

    private static string Value(AngleSharp.Dom.IDocument page, string selector) => ((IHtmlInputElement)page.QuerySelector(selector)!).Value;
}
