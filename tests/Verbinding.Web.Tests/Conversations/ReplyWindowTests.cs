using Microsoft.EntityFrameworkCore;
using Verbinding.Web.Features.Conversations;
using Verbinding.Web.Tests.Infrastructure;

namespace Verbinding.Web.Tests.Conversations;

public sealed class ReplyWindowTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly VerbindingApplication _app = fixture.App;

    private async Task<(WhatsAppPhone Phone, Guid Id, StaffActor Agent)> ClaimedWhatsAppChatAsync()
    {
        var phone = new WhatsAppPhone(_app, _app.CreateClient());
        await phone.SendAsync(ChatApi.Medewerker);
        var id = Assert.Single(await phone.ConversationsAsync()).Id;
        var agent = await _app.AgentAsync("midden-nederland");
        Assert.Equal(AgentResult.Done, await _app.AsAgentAsync(s => s.ClaimAsync(id, agent, default)));
        return (phone, id, agent);
    }

    [Fact]
    public async Task Agent_reply_within_24_hours_reaches_the_phone()
    {
        var (phone, id, agent) = await ClaimedWhatsAppChatAsync();

        var result = await _app.AsAgentAsync(s => s.ReplyAsAgentAsync(id, agent, "Ik help u verder.", null, default));

        Assert.Equal(AgentResult.Done, result);
        Assert.Equal("Ik help u verder.", (await phone.ReceivedAsync())[^1].Text);
    }

    [Fact]
    public async Task After_24_hours_only_an_approved_template_can_be_sent()
    {
        var (phone, id, agent) = await ClaimedWhatsAppChatAsync();
        await _app.WithDbAsync(db => db.Set<Conversation>().Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastCitizenMessageAt, DateTimeOffset.UtcNow.AddHours(-25))));

        var freeText = await _app.AsAgentAsync(s => s.ReplyAsAgentAsync(id, agent, "Bent u er nog?", null, default));
        var opened = await _app.AsAgentAsync(s => s.OpenForAgentAsync(id, agent, default));
        var unapproved = await _app.AsAgentAsync(s => s.SendTemplateAsync(id, agent, "verbinding_tevredenheid", default));
        var template = await _app.AsAgentAsync(s => s.SendTemplateAsync(id, agent, "verbinding_antwoord_klaar", default));

        Assert.Equal(AgentResult.TemplateRequired, freeText);
        Assert.True(opened!.NeedsTemplate);
        Assert.DoesNotContain(opened.Templates, t => t.Name == "verbinding_tevredenheid");
        Assert.Equal(AgentResult.Invalid, unapproved);
        Assert.Equal(AgentResult.Done, template);
        var last = (await phone.ReceivedAsync())[^1];
        Assert.Equal("verbinding_antwoord_klaar", last.TemplateName);
        Assert.DoesNotContain(await phone.ReceivedAsync(), m => m.Text == "Bent u er nog?");
    }
}
