using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Meldingen;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Meldingen;
using Verbinding.Web.Tests.Monitor;
using Verbinding.Web.Features.Monitor.Invitations;

namespace Verbinding.Web.Tests.Security;

/// <summary>Regression tests for the bugs the access matrix and the fuzzer found (docs/security.md lists them).</summary>
public sealed class FoundBugsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    [Fact]
    public async Task Feedback_without_outcome_on_another_units_bundle_is_not_found_instead_of_a_server_error()
    {
        var (reference, _) = await App.RegisterAsync(MeldingenApp.Melding(description: "Elke nacht harde muziek bij nummer 12."));
        var bundleId = await App.WithDbAsync(db => db.Set<Melding>().Where(m => m.Reference == reference).Select(m => m.BundleId).SingleAsync());
        using var rotterdam = await App.SignInAsStaffAsync(await App.CreateStaffAsync(StaffRoles.Supervisor, "rotterdam"));
        var token = await MatrixFixture.FormTokenAsync(rotterdam);

        var response = await rotterdam.PostAsync($"/medewerker/meldingen/bundel/{bundleId}", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Outcome"] = "" }));
        var missing = await rotterdam.PostAsync("/medewerker/meldingen/bundel/999999", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Outcome"] = "" }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_posted_token_field_cannot_replace_the_survey_link_token()
    {
        var invitation = await App.InviteAsync();
        using var citizen = App.CreateBrowserClient();

        var response = await citizen.PostFormAsync(SurveyTokens.Path(invitation.Token!), new Dictionary<string, string> { ["token"] = "", ["Overall"] = "4" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("hallo\u0000wereld")]
    [InlineData("bel me \u0007 nu")]
    public async Task A_chat_message_with_characters_the_database_cannot_store_gets_a_clear_400_not_a_server_error(string text)
    {
        using var client = App.CreateClient();
        var started = await client.PostAsJsonAsync("/api/v1/conversations", new { channel = "web", language = "nl" });
        using var body = System.Text.Json.JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/conversations/{id}/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { text }),
        };
        request.Headers.Add("X-Conversation-Token", body.RootElement.GetProperty("token").GetString());

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tekens die we niet kunnen opslaan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Melding_form_posted_past_the_first_step_without_a_known_category_starts_again_instead_of_a_server_error()
    {
        using var browser = App.CreateBrowserClient();

        var response = await browser.PostFormAsync("/melding", new Dictionary<string, string> { ["Step"] = "3", ["Go"] = "back", ["Category"] = "bestaat-niet" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies waar uw melding over gaat.", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
    }
}
