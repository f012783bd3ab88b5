using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Audit;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

public sealed class HandoffTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly VerbindingApplication _app = fixture.App;
    private readonly HttpClient _client = fixture.App.CreateClient();

    [Fact]
    public async Task Asking_for_a_person_queues_the_chat_in_the_municipalitys_unit_with_Wouts_summary()
    {
        var chat = await _client.StartChatAsync(municipality: "Utrecht");

        var body = await _client.SayAsync(chat, ChatApi.Medewerker);

        Assert.Equal("waiting", body.GetProperty("state").GetString());
        Assert.NotEmpty(body.GetProperty("replies").EnumerateArray());
        var agent = await _app.AgentAsync("midden-nederland");
        var queue = await _app.AsAgentAsync(s => s.WorkspaceAsync(agent, default));
        var item = Assert.Single(queue.Waiting, q => q.Id == Guid.Parse(chat.Id));
        Assert.Equal("midden-nederland", item.QueueUnit);
        Assert.Equal("nl", item.Language);
        Assert.Equal(HandoffReasonsCitizenAsked, item.HandoffReason);
        Assert.False(string.IsNullOrWhiteSpace(item.Summary));
    }

    [Fact]
    public async Task Without_a_municipality_the_chat_waits_in_the_national_queue_seen_by_every_unit()
    {
        var chat = await _client.StartChatAsync();
        await _client.SayAsync(chat, ChatApi.Medewerker);

        var limburg = await _app.AgentAsync("limburg");
        var queue = await _app.AsAgentAsync(s => s.WorkspaceAsync(limburg, default));

        Assert.Equal(ConversationQueues.National, Assert.Single(queue.Waiting, q => q.Id == Guid.Parse(chat.Id)).QueueUnit);
    }

    [Fact]
    public async Task Agents_of_another_unit_neither_see_nor_claim_a_units_chat()
    {
        var chat = await _client.StartChatAsync(municipality: "Maastricht");
        await _client.SayAsync(chat, ChatApi.Medewerker);
        var utrecht = await _app.AgentAsync("midden-nederland");
        var id = Guid.Parse(chat.Id);

        var queue = await _app.AsAgentAsync(s => s.WorkspaceAsync(utrecht, default));
        var claim = await _app.AsAgentAsync(s => s.ClaimAsync(id, utrecht, default));
        var read = await _app.AsAgentAsync(s => s.OpenForAgentAsync(id, utrecht, default));

        Assert.DoesNotContain(queue.Waiting, q => q.Id == id);
        Assert.Equal(AgentResult.NotFound, claim);
        Assert.Null(read);
    }

    [Fact]
    public async Task Two_agents_claiming_at_once_get_one_owner()
    {
        var id = await HandedOffChatAsync();
        var first = await _app.AgentAsync();
        var second = await _app.AgentAsync();

        var results = await Task.WhenAll(
            _app.AsAgentAsync(s => s.ClaimAsync(id, first, default)),
            _app.AsAgentAsync(s => s.ClaimAsync(id, second, default)));

        Assert.Single(results, r => r == AgentResult.Done);
        Assert.Single(results, r => r == AgentResult.Conflict);
        var owner = await _app.WithDbAsync(db => db.Set<Conversation>().Where(c => c.Id == id).Select(c => c.AssignedAgentId).SingleAsync());
        Assert.Contains(owner, new[] { first.UserId, second.UserId });
    }

    [Fact]
    public async Task A_claimed_chat_cannot_be_claimed_again()
    {
        var id = await HandedOffChatAsync();
        var first = await _app.AgentAsync();
        var second = await _app.AgentAsync();

        Assert.Equal(AgentResult.Done, await _app.AsAgentAsync(s => s.ClaimAsync(id, first, default)));
        Assert.Equal(AgentResult.Conflict, await _app.AsAgentAsync(s => s.ClaimAsync(id, second, default)));
        Assert.Equal(AgentResult.Conflict, await _app.AsAgentAsync(s => s.ReplyAsAgentAsync(id, second, "Ik help u", null, default)));
    }

    [Fact]
    public async Task Wout_is_silent_after_the_claim_and_the_agent_speaks()
    {
        var chat = await _client.StartChatAsync(municipality: "Utrecht");
        await _client.SayAsync(chat, ChatApi.Medewerker);
        var id = Guid.Parse(chat.Id);
        var agent = await _app.AgentAsync();
        await _app.AsAgentAsync(s => s.ClaimAsync(id, agent, default));

        var body = await _client.SayAsync(chat, "mijn fiets is gestolen");
        await _app.AsAgentAsync(s => s.ReplyAsAgentAsync(id, agent, "Ik kijk met u mee.", "a-1", default));
        var again = await _client.SayAsync(chat, "hallo?");

        Assert.Equal("agent", body.GetProperty("state").GetString());
        Assert.Empty(body.GetProperty("replies").EnumerateArray());
        Assert.Empty(again.GetProperty("replies").EnumerateArray());
        var messages = await _client.TranscriptAsync(chat);
        // Nobody had a workspace open at the handoff, so Wout's second message is the call-back offer.
        Assert.Equal(["bot", "citizen", "bot", "bot", "system", "citizen", "agent", "citizen"], messages.Authors());
        Assert.Equal("Ik kijk met u mee.", messages[6].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Agent_reply_with_the_same_client_message_id_is_stored_once()
    {
        var (id, agent) = await ClaimedChatAsync();

        await _app.AsAgentAsync(s => s.ReplyAsAgentAsync(id, agent, "Goedemiddag", "x", default));
        await _app.AsAgentAsync(s => s.ReplyAsAgentAsync(id, agent, "Goedemiddag", "x", default));

        var count = await _app.WithDbAsync(db => db.Set<ConversationMessage>().CountAsync(m => m.ConversationId == id && m.AuthorKind == "agent"));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Handing_back_lets_Wout_answer_again()
    {
        var chat = await _client.StartChatAsync(municipality: "Utrecht");
        await _client.SayAsync(chat, ChatApi.Medewerker);
        var id = Guid.Parse(chat.Id);
        var agent = await _app.AgentAsync();
        await _app.AsAgentAsync(s => s.ClaimAsync(id, agent, default));

        Assert.Equal(AgentResult.Done, await _app.AsAgentAsync(s => s.HandBackAsync(id, agent, default)));
        var body = await _client.SayAsync(chat, "mijn fiets is gestolen");

        Assert.Equal("bot", body.GetProperty("state").GetString());
        Assert.Equal("aangifte-fietsendiefstal", body.GetProperty("replies")[0].GetProperty("topic").GetString());
    }

    [Fact]
    public async Task Closing_records_the_outcome_and_the_citizen_can_no_longer_write()
    {
        var chat = await _client.StartChatAsync(municipality: "Utrecht");
        await _client.SayAsync(chat, ChatApi.Medewerker);
        var id = Guid.Parse(chat.Id);
        var agent = await _app.AgentAsync();
        await _app.AsAgentAsync(s => s.ClaimAsync(id, agent, default));

        Assert.Equal(AgentResult.Invalid, await _app.AsAgentAsync(s => s.CloseAsync(id, agent, "weet-niet", default)));
        Assert.Equal(AgentResult.Done, await _app.AsAgentAsync(s => s.CloseAsync(id, agent, Outcomes.Answered, default)));
        var after = await _client.SendAsync(chat.Id, chat.Token, "nog een vraag");

        Assert.Equal(HttpStatusCode.Conflict, after.StatusCode);
        var stored = await _app.WithDbAsync(db => db.Set<Conversation>().SingleAsync(c => c.Id == id));
        Assert.Equal(("closed", "beantwoord"), (stored.State, stored.Outcome));
    }

    [Fact]
    public async Task Transfer_puts_the_chat_back_in_another_units_queue()
    {
        var (id, agent) = await ClaimedChatAsync();
        var rotterdam = await _app.AgentAsync("rotterdam");

        Assert.Equal(AgentResult.Done, await _app.AsAgentAsync(s => s.TransferAsync(id, agent, "rotterdam", TopicGroups.Aangifte, default)));

        var queue = await _app.AsAgentAsync(s => s.WorkspaceAsync(rotterdam, default));
        var item = Assert.Single(queue.Waiting, q => q.Id == id);
        Assert.Equal(TopicGroups.Aangifte, item.TopicGroup);
        Assert.Equal(AgentResult.Done, await _app.AsAgentAsync(s => s.ClaimAsync(id, rotterdam, default)));
    }

    [Fact]
    public async Task A_staff_read_of_the_transcript_is_audited()
    {
        var id = await HandedOffChatAsync();
        var agent = await _app.AgentAsync();

        var read = await _app.AsAgentAsync(s => s.OpenForAgentAsync(id, agent, default));

        Assert.NotNull(read);
        Assert.Contains(read.Messages, m => m.Text == ChatApi.Medewerker);
        Assert.True(await _app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Action == "read" && e.EntityType == "Conversation" && e.EntityId == id.ToString())));
    }

    private const string HandoffReasonsCitizenAsked = "citizen-asked";

    private async Task<Guid> HandedOffChatAsync()
    {
        var chat = await _client.StartChatAsync(municipality: "Utrecht");
        await _client.SayAsync(chat, ChatApi.Medewerker);
        return Guid.Parse(chat.Id);
    }

    private async Task<(Guid Id, Features.Conversations.StaffActor Agent)> ClaimedChatAsync()
    {
        var id = await HandedOffChatAsync();
        var agent = await _app.AgentAsync();
        Assert.Equal(AgentResult.Done, await _app.AsAgentAsync(s => s.ClaimAsync(id, agent, default)));
        return (id, agent);
    }
}
