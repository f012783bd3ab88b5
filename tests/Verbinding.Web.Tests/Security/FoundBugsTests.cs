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
}
