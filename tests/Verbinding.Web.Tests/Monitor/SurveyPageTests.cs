using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Features.Monitor.Responses;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Monitor;

public sealed class SurveyPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    private static Dictionary<string, string> Answers(string overall, bool permission = false) => new()
    {
        ["Overall"] = overall,
        ["Items[treatment]"] = "4",
        ["Grade"] = "8",
        ["Trust"] = "7",
        ["Comment"] = "Snel geholpen",
        ["ContactPermission"] = permission ? "true" : "false",
    };

    [Fact]
    public async Task Response_is_stored_without_identity_and_the_citizen_link_is_erased()
    {
        var contact = MonitorData.Contact("limburg", "chat");
        var invitation = await App.InviteAsync(contact, reference: "AANGIFTE-LINK-1");
        using var client = App.CreateBrowserClient();

        var form = await client.GetPageAsync(SurveyTokens.Path(invitation.Token!));
        Assert.NotNull(form.QuerySelector("input[name=Overall][value='0']"));
        var response = await client.PostFormAsync(SurveyTokens.Path(invitation.Token!), Answers("5"));
        Assert.NotNull((await response.ParseAsync()).QuerySelector("[data-testid=survey-thanks]"));

        var stored = await App.WithDbAsync(db => db.Set<SurveyResponse>().SingleAsync(r => r.EenheidId == "limburg"));
        Assert.Equal(5, stored.Overall);
        Assert.Equal(8, stored.Grade);
        Assert.Equal("chat", stored.Channel);
        Assert.Contains("\"treatment\":4", stored.ItemAnswers, StringComparison.Ordinal);
        var used = await App.WithDbAsync(db => db.Set<SurveyInvitation>().SingleAsync(i => i.Id == invitation.InvitationId));
        Assert.Null(used.ProtectedEmail);
        Assert.Null(used.ContactReference);
        Assert.NotNull(used.UsedAt);
        var aggregate = await App.WithDbAsync(db => db.Set<SatisfactionAggregate>().SingleAsync(a => a.EenheidId == "limburg"));
        Assert.Equal((1, 1, 1), (aggregate.Invited, aggregate.Responses, aggregate.VerySatisfied));
    }

    [Fact]
    public async Task Second_use_of_the_link_is_refused_kindly_and_stores_nothing()
    {
        var invitation = await App.InviteAsync(MonitorData.Contact("zeeland-west-brabant"));
        using var client = App.CreateBrowserClient();
        await client.PostFormAsync(SurveyTokens.Path(invitation.Token!), Answers("4"));

        var reopened = await client.GetPageAsync(SurveyTokens.Path(invitation.Token!));
        Assert.Contains("al ingevuld", reopened.QuerySelector("[data-testid=survey-closed]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(reopened.QuerySelector("form input[name=Overall]"));
        // A form kept open in a second tab is refused too.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var again = await scope.ServiceProvider.GetRequiredService<SurveySubmission>().SubmitAsync(
                invitation.Token!, new SurveyAnswers(1, new Dictionary<string, int?>(), null, null, null, false), default);
            Assert.Equal(SubmitOutcome.AlreadyUsed, again);
        }
        Assert.Equal(1, await App.WithDbAsync(db => db.Set<SurveyResponse>().CountAsync(r => r.EenheidId == "zeeland-west-brabant")));
    }

    [Fact]
    public async Task Missing_overall_answer_shows_an_error_and_keeps_the_other_answers()
    {
        var invitation = await App.InviteAsync(MonitorData.Contact("oost-brabant"));
        using var client = App.CreateBrowserClient();
        var answers = Answers("");
        answers.Remove("Overall");

        var page = await (await client.PostFormAsync(SurveyTokens.Path(invitation.Token!), answers)).ParseAsync();
        Assert.Contains("Kies een antwoord", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name=Grade][value='8'][checked]"));
        Assert.Equal("Snel geholpen", page.QuerySelector("textarea[name=Comment]")!.TextContent);
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<SurveyResponse>().CountAsync(r => r.EenheidId == "oost-brabant")));
    }

    [Fact]
    public async Task Only_the_overall_question_is_needed()
    {
        var invitation = await App.InviteAsync(MonitorData.Contact("amsterdam"));
        using var client = App.CreateBrowserClient();
        var page = await (await client.PostFormAsync(SurveyTokens.Path(invitation.Token!), new Dictionary<string, string> { ["Overall"] = "3" })).ParseAsync();
        Assert.NotNull(page.QuerySelector("[data-testid=survey-thanks]"));
    }

    [Fact]
    public async Task Dissatisfied_citizen_who_allows_contact_gets_a_follow_up_task_for_the_unit()
    {
        var invitation = await App.InviteAsync(MonitorData.Contact("noord-nederland"), reference: "AANGIFTE-FOLLOW-1");
        using var client = App.CreateBrowserClient();
        await client.PostFormAsync(SurveyTokens.Path(invitation.Token!), Answers("1", permission: true));

        var task = await App.WithDbAsync(db => db.Set<FollowUpTask>().SingleAsync(t => t.EenheidId == "noord-nederland"));
        Assert.Equal(FollowUpStatus.Open, task.Status);
        Assert.Equal("AANGIFTE-FOLLOW-1", task.ContactReference);
    }

    [Fact]
    public async Task Unknown_link_gets_a_friendly_page_in_english_too()
    {
        using var client = App.CreateBrowserClient();
        var page = await client.GetPageAsync("/tevredenheid/not-a-real-token?culture=en");
        Assert.Contains("do not recognise", page.QuerySelector("[data-testid=survey-closed]")!.TextContent, StringComparison.Ordinal);
    }
}
