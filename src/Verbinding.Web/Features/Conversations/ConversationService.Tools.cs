using Verbinding.Web.Features.Conversations.Tools;

namespace Verbinding.Web.Features.Conversations;

public sealed partial class ConversationService
{
    /// <summary>
    /// Sends a message a tool composed (suggested answer, standaardantwoord, form link) as the colleague: stored,
    /// delivered and audited like a typed reply. The tool sees the conversation's language, topic and Wout's answers.
    /// </summary>
    public Task<AgentResult> SendToolMessageAsync(Guid id, StaffActor agent, string action, Func<ToolContext, AgentMessage?> compose, CancellationToken ct) =>
        AgentChangeAsync(id, agent, action, (c, change) =>
        {
            if (!OwnedBy(c, agent))
                return AgentResult.Conflict;
            if (!delivery.IsWindowOpen(c, change.Now))
                return AgentResult.TemplateRequired;
            var state = DialogueStateJson.Read(c.DialogueStateJson, c.Language);
            if (compose(new ToolContext(c.Id, c.Language, c.Topic, state.Answers)) is not { } message)
                return AgentResult.Invalid;
            c.FirstAgentResponseAt ??= change.Now;
            change.Add(AuthorKinds.Agent, message.Text, actions: message.Actions, authorId: agent.UserId, authorName: agent.Name);
            return AgentResult.Done;
        }, ct);
}
