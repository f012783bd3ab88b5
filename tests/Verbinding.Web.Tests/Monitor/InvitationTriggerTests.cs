using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbinding.Web.Features.Aangifte;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Monitor.Data;
using Verbinding.Web.Features.Monitor.Invitations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Infrastructure.Notifications;
using Verbinding.Web.Tests.Conversations;
using Verbinding.Web.Tests.Infrastructure;
using Verbinding.Web.Tests.Security;

namespace Verbinding.Web.Tests.Monitor;

/// <summary>Closed contacts become survey invitations: after the delay, for a sample, never for sensitive cases, once per citizen in 90 days, once per contact on any number of nodes.</summary>
public sealed class InvitationTriggerTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private VerbindingApplication App => fixture.App;

    [Fact]
    public async Task Aangifte_handled_by_intake_is_invited_by_email_only_after_the_delay()
    {
        var (_, aangifteId, _) = await SeededAangifte.FileAsync(App, "monitor-" + Guid.NewGuid().ToString("N")[..8]);
        var reference = SurveyContactReferences.Aangifte(aangifteId);

        var scheduled = await App.ScheduledAsync(reference);
        Assert.NotNull(scheduled);
        Assert.Equal(TimeSpan.FromDays(2), scheduled.DueAt - scheduled.CreatedAt);
        Assert.Equal(SurveyDelivery.Email, scheduled.Delivery);
        Assert.DoesNotContain("@", scheduled.ProtectedEmail!, StringComparison.Ordinal); // encrypted while it waits
        Assert.Equal("midden-nederland", scheduled.EenheidId);
        await App.RunSchedulerAsync();
        Assert.Null(await App.InvitationAsync(reference));

        await App.MakeDueAsync(reference);
        await App.RunSchedulerAsync();

        var invitation = await App.InvitationAsync(reference);
        Assert.NotNull(invitation);
        Assert.Equal("aangifte", invitation.ContactType);
        Assert.DoesNotContain("@", invitation.ProtectedEmail!, StringComparison.Ordinal); // kept encrypted, for a call-back only
        var email = Assert.Single(await App.InvitationEmailsAsync([invitation.Id]));
        Assert.Equal(NotificationTemplateIds.EnqueteUitnodiging, email.TemplateId);
        Assert.Contains("/tevredenheid/", email.ModelJson, StringComparison.Ordinal);
        Assert.Null(await App.ScheduledAsync(reference)); // the request and its e-mail address are gone
    }

    [Fact]
    public async Task Sampling_is_decided_per_contact_and_gives_the_same_answer_every_time()
    {
        var references = Enumerable.Range(0, 12).Select(i => $"contact:sample-{i}-{Guid.NewGuid()}").ToList();
        foreach (var reference in references)
        {
            var expected = SurveySampling.Position(reference) < 0.5 ? ScheduleOutcome.Scheduled : ScheduleOutcome.NotSampled;
            Assert.Equal(expected, await App.CloseAsync(InvitationTriggerApp.Contact(reference), InvitationTriggerApp.Later(0.5)));
            Assert.Equal(expected == ScheduleOutcome.Scheduled, await App.ScheduledAsync(reference) is not null);
            var again = await App.CloseAsync(InvitationTriggerApp.Contact(reference), InvitationTriggerApp.Later(0.5));
            Assert.Equal(expected == ScheduleOutcome.Scheduled ? ScheduleOutcome.AlreadyScheduled : ScheduleOutcome.NotSampled, again);
        }
        Assert.Equal(ScheduleOutcome.NotSampled, await App.CloseAsync(InvitationTriggerApp.Contact(), InvitationTriggerApp.Later(0.0)));
    }

    [Theory]
    [InlineData("veilig-thuis")]
    [InlineData("centrum-seksueel-geweld")]
    [InlineData("aangifte-mishandeling")]
    public async Task Sensitive_cases_are_never_scheduled(string topic)
    {
        var contact = InvitationTriggerApp.Contact(topic: topic);
        Assert.Equal(ScheduleOutcome.Excluded, await App.CloseAsync(contact, InvitationTriggerApp.Now()));
        Assert.Null(await App.ScheduledAsync(contact.ContactReference));
        Assert.Null(await App.InvitationAsync(contact.ContactReference));
    }

    [Fact]
    public async Task A_citizen_gets_one_invitation_in_ninety_days_whatever_the_number_of_contacts()
    {
        var citizen = "bsn:" + Guid.NewGuid().ToString("N");
        var first = InvitationTriggerApp.Contact(citizen: citizen);
        var second = InvitationTriggerApp.Contact(citizen: citizen);

        await App.CloseAsync(first, InvitationTriggerApp.Now());
        await App.CloseAsync(second, InvitationTriggerApp.Now());

        Assert.NotNull(await App.InvitationAsync(first.ContactReference));
        Assert.Null(await App.InvitationAsync(second.ContactReference));
        Assert.Null(await App.ScheduledAsync(second.ContactReference)); // decided, not left to retry
    }

    [Fact]
    public async Task Two_nodes_running_the_scheduler_at_once_invite_every_contact_exactly_once()
    {
        var contacts = Enumerable.Range(0, 16).Select(_ => InvitationTriggerApp.Contact()).ToList();
        foreach (var contact in contacts)
        {
            await App.CloseAsync(contact, InvitationTriggerApp.Later());
        }
        var references = contacts.Select(c => c.ContactReference).ToArray();
        await App.MakeDueAsync(references);

        var runs = await Task.WhenAll(App.RunSchedulerAsync(), App.RunSchedulerAsync());
        await App.RunSchedulerAsync(); // whatever a busy database made one node skip

        var invitations = await App.WithDbAsync(db => db.Set<SurveyInvitation>().AsNoTracking()
            .Where(i => references.Contains(i.ContactReference)).Select(i => i.Id).ToListAsync());
        Assert.Equal(16, invitations.Count);
        Assert.True(runs.Sum() <= 16);
        var emails = await App.InvitationEmailsAsync(invitations);
        Assert.Equal(16, emails.Count);
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<ScheduledSurveyInvitation>().CountAsync(s => references.Contains(s.ContactReference))));
    }

    [Fact]
    public async Task Chat_closed_by_a_colleague_ends_with_the_survey_link_in_the_chat()
    {
        using var citizen = App.CreateClient();
        var chat = await citizen.StartChatAsync(municipality: "Utrecht");
        await citizen.SayAsync(chat, ChatApi.Medewerker);
        var agent = await App.AgentAsync();
        var id = Guid.Parse(chat.Id);
        Assert.Equal(AgentResult.Done, await App.AsAgentAsync(s => s.ClaimAsync(id, agent, default)));

        Assert.Equal(AgentResult.Done, await App.AsAgentAsync(s => s.CloseAsync(id, agent, Outcomes.Answered, default)));

        var last = (await citizen.TranscriptAsync(chat))[^1];
        var link = last.GetProperty("actions")[0].GetProperty("href").GetString()!;
        Assert.StartsWith("/tevredenheid/", link, StringComparison.Ordinal);
        var invitation = await App.InvitationAsync(SurveyContactReferences.Chat(id));
        Assert.NotNull(invitation);
        Assert.Equal("chat", invitation.Channel);
        Assert.Null(invitation.ProtectedEmail);
    }

    [Fact]
    public async Task Logged_call_with_an_email_address_is_scheduled_and_one_without_is_not()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<ContactLog>();
        var staff = new StaffActor("monitor-agent", "Medewerker", new StaffScope("monitor-agent", "rotterdam", false), false);
        var (withEmail, _) = await log.LogAsync(new ContactLogInput(ContactChannels.Phone, "informatie-algemeen", "Vraag over een boete.",
            Outcomes.Answered, null, "Burger@Example.nl", null), staff, default);
        var (without, _) = await log.LogAsync(new ContactLogInput(ContactChannels.Counter, "informatie-algemeen", "Vraag over een boete.",
            Outcomes.Answered, null, null, null), staff, default);

        var scheduled = await App.ScheduledAsync(SurveyContactReferences.LoggedContact(withEmail));
        Assert.NotNull(scheduled);
        Assert.Equal("telefoon", scheduled.Channel);
        Assert.Equal(TimeSpan.FromDays(2), scheduled.DueAt - scheduled.CreatedAt);
        Assert.Null(await App.ScheduledAsync(SurveyContactReferences.LoggedContact(without)));
    }

    [Fact]
    public async Task Logged_call_with_an_english_speaking_citizen_is_invited_in_english()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<ContactLog>();
        var staff = new StaffActor("monitor-agent", "Medewerker", new StaffScope("monitor-agent", "rotterdam", false), false);
        var (contact, _) = await log.LogAsync(new ContactLogInput(ContactChannels.Counter, "informatie-algemeen", "Question about a fine.",
            Outcomes.Answered, null, "expat@example.nl", null, "en"), staff, default);

        var scheduled = await App.ScheduledAsync(SurveyContactReferences.LoggedContact(contact));
        Assert.NotNull(scheduled);
        Assert.Equal("en", scheduled.Language);
    }

    [Fact]
    public async Task Logged_call_with_only_a_mobile_number_is_invited_by_sms()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<ContactLog>();
        var staff = new StaffActor("monitor-agent", "Medewerker", new StaffScope("monitor-agent", "rotterdam", false), false);
        var (contact, _) = await log.LogAsync(new ContactLogInput(ContactChannels.Phone, "informatie-algemeen", "Vraag over een boete.",
            Outcomes.Answered, "06-12345678", null, null), staff, default);

        var scheduled = await App.ScheduledAsync(SurveyContactReferences.LoggedContact(contact));
        Assert.NotNull(scheduled);
        Assert.Equal(SurveyDelivery.Sms, scheduled.Delivery);
        Assert.Null(scheduled.ProtectedEmail);
        Assert.DoesNotContain("12345678", scheduled.ProtectedPhone, StringComparison.Ordinal); // stored encrypted

        var reference = SurveyContactReferences.LoggedContact(contact);
        await App.MakeDueAsync(reference);
        await App.RunSchedulerAsync();
        var invitation = await App.InvitationAsync(reference);
        Assert.NotNull(invitation);
        var sms = Assert.Single(await App.InvitationEmailsAsync([invitation.Id]));
        Assert.Equal(NotificationChannel.Sms, sms.Channel);
        Assert.Equal(NotificationTemplateIds.EnqueteUitnodiging, sms.TemplateId);
        Assert.Null(await App.ScheduledAsync(reference)); // the number does not wait any longer
    }
}
