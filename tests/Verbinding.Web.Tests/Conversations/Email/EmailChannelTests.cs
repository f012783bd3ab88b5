using System.Net;
using MailKit.Net.Smtp;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Verbinding.Web.Features.Contacts;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Features.Staff;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations.Email;

public sealed class EmailChannelTests(EmailFixture fixture) : IClassFixture<EmailFixture>
{
    private readonly VerbindingApplication _app = fixture.App;

    [Fact]
    public async Task Email_from_a_known_citizen_waits_in_the_queue_in_their_timeline_and_is_acknowledged_in_the_thread()
    {
        var sender = EmailFixture.NewSender();
        Guid citizenId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var keys = scope.ServiceProvider.GetRequiredService<CitizenKeys>();
            citizenId = await scope.ServiceProvider.GetRequiredService<CitizenDirectory>().ResolveAsync([keys.Email(sender)!], "test", default);
        }
        var mail = EmailFixture.Mail(sender, "Fiets gestolen",
            "Mijn fiets is vannacht gestolen bij het station. Hoe doe ik aangifte?\n\nOp ma 30 nov 2026 om 10:00 schreef Iemand <iemand@example.nl>:\n> oud bericht");

        await fixture.SendAsync(mail);

        var conversation = Assert.Single(await fixture.ConversationsOfAsync(sender));
        Assert.Equal((ConversationChannels.Email, ConversationStates.Waiting, citizenId), (conversation.Channel, conversation.State, conversation.CitizenId));
        Assert.NotNull(conversation.Topic); // Wout's classification, for the colleague
        var citizen = Assert.Single(conversation.Messages, m => m.AuthorKind == AuthorKinds.Citizen);
        Assert.Equal("Mijn fiets is vannacht gestolen bij het station. Hoe doe ik aangifte?", citizen.Text);
        Assert.DoesNotContain(conversation.Messages, m => m.AuthorKind == AuthorKinds.Bot); // Wout does not chat by e-mail

        await fixture.DispatchAsync();
        var ack = await fixture.Outbox.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == sender));
        Assert.Equal("Re: Fiets gestolen", ack.Subject);
        Assert.Equal(mail.MessageId, ack.InReplyTo);
        Assert.Matches("^contact\\+[a-z0-9]{24}@politie\\.example$", ack.From.Mailboxes.Single().Address);
        Assert.Contains("uiterlijk", ack.TextBody, StringComparison.Ordinal);

        using var staff = await _app.SignInAsStaffAsync(await _app.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland"));
        var timeline = await staff.GetPageAsync($"/medewerker/burgers/{citizenId}");
        Assert.NotNull(timeline.QuerySelector($"[data-testid=timeline] > li[data-channel=email]"));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_stored_once()
    {
        var sender = EmailFixture.NewSender();
        var mail = EmailFixture.Mail(sender, "Vraag", "Kan ik mijn rijbewijs ophalen?");

        await fixture.SendAsync(mail);
        await fixture.SendAsync(mail); // the sending server did not see our 250 and tries again

        var conversation = Assert.Single(await fixture.ConversationsOfAsync(sender));
        Assert.Single(conversation.Messages, m => m.AuthorKind == AuthorKinds.Citizen);
    }

    [Fact]
    public async Task Agents_reply_arrives_in_the_citizens_thread_and_their_answer_joins_the_same_conversation()
    {
        var sender = EmailFixture.NewSender();
        var first = EmailFixture.Mail(sender, "Overlast buren", "Mijn buren maken elke nacht lawaai. Wat kan ik doen?");
        await fixture.SendAsync(first);
        var id = Assert.Single(await fixture.ConversationsOfAsync(sender)).Id;
        var user = await _app.CreateStaffAsync(StaffRoles.ServiceAgent, "midden-nederland");
        var agent = new StaffActor(user.Id, user.DisplayName, new StaffScope(user.Id, "midden-nederland", false), false);
        using var client = await _app.SignInAsStaffAsync(user);
        var workspace = await client.GetPageAsync("/medewerker/gesprekken");
        Assert.Contains("antwoord uiterlijk", workspace.QuerySelector($"tr[data-conversation='{id}'] [data-testid=email-due]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AgentResult.Done, await _app.AsAgentAsync(s => s.ClaimAsync(id, agent, default)));

        var posted = await client.PostFormAsync($"/medewerker/gesprekken/{id}", new Dictionary<string, string> { ["Text"] = "Bel de wijkagent via 0900-8844." }, "#reply-form");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await fixture.DispatchAsync();

        var reply = await fixture.Outbox.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == sender) && (m.TextBody ?? "").Contains("wijkagent", StringComparison.Ordinal));
        Assert.Equal(first.MessageId, reply.InReplyTo);
        Assert.Contains(first.MessageId, reply.References);
        Assert.Equal("Re: Overlast buren", reply.Subject);
        var plus = reply.From.Mailboxes.Single().Address;
        Assert.StartsWith("contact+", plus, StringComparison.Ordinal);
        var page = await client.GetPageAsync($"/medewerker/gesprekken/{id}");
        Assert.Null(page.QuerySelector("form[action*='handler=HandBack']")); // Wout does not answer e-mail
        Assert.Equal(AgentResult.Invalid, await _app.AsAgentAsync(s => s.HandBackAsync(id, agent, default)));
        Assert.Contains(page.QuerySelectorAll("[data-testid=email-deliveries] li").Select(li => li.GetAttribute("data-status")), s => s == "sent");

        var answer = EmailFixture.Mail(sender, "Re: Overlast buren", "Dank u. Mag ik ook anoniem melden?\n\nOn Mon, 30 Nov 2026 at 10:00, Politie <" + plus + "> wrote:\n> Bel de wijkagent", to: plus);
        answer.InReplyTo = reply.MessageId;
        await fixture.SendAsync(answer);

        var conversation = Assert.Single(await fixture.ConversationsOfAsync(sender));
        Assert.Equal(["Mijn buren maken elke nacht lawaai. Wat kan ik doen?", "Dank u. Mag ik ook anoniem melden?"],
            conversation.Messages.Where(m => m.AuthorKind == AuthorKinds.Citizen).OrderBy(m => m.Sequence).Select(m => m.Text));
    }

    [Fact]
    public async Task A_reply_naming_our_message_in_In_Reply_To_only_finds_its_conversation_too()
    {
        var sender = EmailFixture.NewSender();
        await fixture.SendAsync(EmailFixture.Mail(sender, "Gevonden portemonnee", "Ik heb een portemonnee gevonden."));
        await fixture.DispatchAsync();
        var ack = await fixture.Outbox.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == sender));

        var answer = EmailFixture.Mail(sender, "Re: Gevonden portemonnee", "Waar kan ik hem afgeven?");
        answer.InReplyTo = ack.MessageId;
        await fixture.SendAsync(answer);

        var conversation = Assert.Single(await fixture.ConversationsOfAsync(sender));
        Assert.Equal(2, conversation.Messages.Count(m => m.AuthorKind == AuthorKinds.Citizen));
    }

    [Fact]
    public async Task Someone_else_writing_to_a_threads_plus_address_starts_their_own_conversation()
    {
        var owner = EmailFixture.NewSender();
        await fixture.SendAsync(EmailFixture.Mail(owner, "Inbraak", "Er is ingebroken in mijn schuur."));
        await fixture.DispatchAsync();
        var ack = await fixture.Outbox.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == owner));
        var stranger = EmailFixture.NewSender();

        await fixture.SendAsync(EmailFixture.Mail(stranger, "Re: Inbraak", "Laat mij meelezen", to: ack.From.Mailboxes.Single().Address));

        Assert.Single(Assert.Single(await fixture.ConversationsOfAsync(owner)).Messages, m => m.AuthorKind == AuthorKinds.Citizen);
        Assert.Single(await fixture.ConversationsOfAsync(stranger));
    }

    [Fact]
    public async Task Html_only_mail_is_stored_as_text_without_tags_or_scripts()
    {
        var sender = EmailFixture.NewSender();
        var mail = EmailFixture.Mail(sender, "Verdachte situatie", "");
        mail.Body = new TextPart("html")
        {
            Text = "<html><head><style>p{color:red}</style><script>alert('x')</script></head>"
                + "<body><p>Er staat een <b>verdachte</b> auto &amp; een man bij de school.</p><img src=\"https://tracker.example/x.png\"><script>steal()</script></body></html>",
        };

        await fixture.SendAsync(mail);

        var text = Assert.Single(Assert.Single(await fixture.ConversationsOfAsync(sender)).Messages, m => m.AuthorKind == AuthorKinds.Citizen).Text;
        Assert.Equal("Er staat een verdachte auto & een man bij de school.", text);
        Assert.DoesNotContain('<', text);
    }

    [Fact]
    public async Task Oversize_mail_and_mail_for_another_domain_are_refused_by_the_listener()
    {
        var sender = EmailFixture.NewSender();
        var big = EmailFixture.Mail(sender, "Groot", new string('x', EmailFixture.MaxMessageSize + 10_000));

        await Assert.ThrowsAsync<SmtpCommandException>(() => fixture.SendAsync(big));
        await Assert.ThrowsAsync<SmtpCommandException>(() => fixture.SendAsync(EmailFixture.Mail(sender, "Relay", "Stuur door", to: "iemand@elders.example")));

        Assert.Empty(await fixture.ConversationsOfAsync(sender));
    }

    [Fact]
    public async Task An_attachment_is_not_kept_and_the_transcript_says_so()
    {
        var sender = EmailFixture.NewSender();
        var mail = EmailFixture.Mail(sender, "Foto", "");
        var body = new BodyBuilder { TextBody = "Hier is een foto van de schade." };
        body.Attachments.Add("schade.jpg", new byte[] { 1, 2, 3 }, new ContentType("image", "jpeg"));
        mail.Body = body.ToMessageBody();

        await fixture.SendAsync(mail);

        var text = Assert.Single(Assert.Single(await fixture.ConversationsOfAsync(sender)).Messages, m => m.AuthorKind == AuthorKinds.Citizen).Text;
        Assert.StartsWith("Hier is een foto van de schade.", text, StringComparison.Ordinal);
        Assert.Contains("bijlage(n) niet overgenomen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_after_the_conversation_was_closed_reopens_it_in_the_queue_with_a_new_acknowledgement()
    {
        var sender = EmailFixture.NewSender();
        var first = EmailFixture.Mail(sender, "Verloren paspoort", "Ik ben mijn paspoort verloren.");
        await fixture.SendAsync(first);
        var id = Assert.Single(await fixture.ConversationsOfAsync(sender)).Id;
        var agent = await _app.AgentAsync();
        await _app.AsAgentAsync(s => s.ClaimAsync(id, agent, default));
        await _app.AsAgentAsync(s => s.ReplyAsAgentAsync(id, agent, "Doe aangifte van vermissing bij de gemeente.", null, default));
        Assert.Equal(AgentResult.Done, await _app.AsAgentAsync(s => s.CloseAsync(id, agent, Outcomes.Answered, default)));

        var again = EmailFixture.Mail(sender, "Re: Verloren paspoort", "Bij welke gemeente?");
        again.InReplyTo = first.MessageId;
        await fixture.SendAsync(again);

        var conversation = Assert.Single(await fixture.ConversationsOfAsync(sender));
        Assert.Equal((ConversationStates.Waiting, (string?)null, (DateTimeOffset?)null), (conversation.State, conversation.AssignedAgentId, conversation.FirstAgentResponseAt));
        Assert.Equal(2, conversation.Messages.Count(m => m.AuthorKind == AuthorKinds.System && m.Text.Contains("uiterlijk", StringComparison.Ordinal)));
    }
}
