using System.Net;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Referrals;

/// <summary>
/// The consent page takes only a status address or number the messages can go to: anything else is a form error with
/// everything else the citizen filled in and ticked still there, and nothing is sent.
/// </summary>
public sealed class ConsentStatusAddressTests
{
    private const string Start = "/hulp/overdracht?partner=slachtofferhulp&bron=keuzehulp";

    [Theory]
    [InlineData("anna@", "06 12345678", "e-mailadres")]
    [InlineData("", "061234567", "mobiel nummer")] // nine digits: the old check took it, no SMS could reach it
    public async Task An_unusable_status_address_gives_a_form_error_and_keeps_the_other_input(string email, string phone, string error)
    {
        await using var app = await ReferralsApp.StartAsync();
        using var client = app.CreateBrowserClient();
        var review = await (await client.PostFormAsync(Start, new Dictionary<string, string>
        {
            ["partner"] = "slachtofferhulp", ["bron"] = "keuzehulp", ["Values[name]"] = "Anna de Vries", ["Values[phone]"] = "0612345678",
        })).PageAsync();

        var response = await client.SubmitAsync(review, "form[action*=Confirm]",
            [KeyValuePair.Create("Share", "phone"), KeyValuePair.Create("StatusEmail", email), KeyValuePair.Create("StatusPhone", phone)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.PageAsync();
        Assert.Contains(error, page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(["phone"], page.QuerySelectorAll("input[name=Share][checked]").Select(i => i.GetAttribute("value")!));
        Assert.Equal(["Anna de Vries", "0612345678"], page.QuerySelectorAll("form[action*=Confirm] input[type=hidden][name^=Values]")
            .Select(i => i.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v)));
        Assert.Equal(email, page.QuerySelector("#status-email")!.GetAttribute("value") ?? "");
        Assert.Equal(phone, page.QuerySelector("#status-phone")!.GetAttribute("value"));
        Assert.Equal(0, await app.ReferralCountAsync());
    }
}
