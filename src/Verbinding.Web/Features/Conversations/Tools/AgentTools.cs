using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Dialogue.Melding;
using Verbinding.Assistant.Knowledge;
using Verbinding.Web.Features.Aangifte;

namespace Verbinding.Web.Features.Conversations.Tools;

/// <summary>
/// The colleague's tools in a chat: suggested answers from Wout's knowledge base, standaardantwoorden and links
/// to online forms. Each composes a message in the conversation's language (not the colleague's screen language).
/// </summary>
public sealed class AgentTools(CannedReplies canned, AangifteTypeCatalog types, SystemMessages system)
{
    private readonly KnowledgeBase _knowledge = KnowledgeBase.Default;
    private readonly MeldingCategories _categories = MeldingCategories.Default;

    public CannedReplies Canned => canned;

    public IReadOnlyList<KnowledgeArticle> Suggestions(AgentConversation c) =>
        SuggestedAnswers.For(_knowledge, c.Messages, c.Language);

    public IReadOnlyList<FormLink> Forms(AgentConversation c) =>
        FormLinks.For(c.Id, c.Topic, c.Answers, types, _categories);

    /// <summary>The article's answer and a button to the public page it is based on.</summary>
    public AgentMessage? SuggestedAnswer(string? articleId, ToolContext c) =>
        SuggestedAnswers.Find(_knowledge, articleId, c.Language) is { } article
            ? new AgentMessage(article.Summary, [new ReplyAction(string.Format(
                System.Globalization.CultureInfo.InvariantCulture, system.Get("ToolSourceLink", c.Language), article.Title), article.Source, ActionKinds.Article)])
            : null;

    public AgentMessage? CannedReply(string? id, ToolContext c) =>
        canned.Find(id) is { } reply ? new AgentMessage(reply.Text.For(c.Language)) : null;

    /// <summary>A short lead-in and the form as a button; only forms that fit this conversation can be sent.</summary>
    public AgentMessage? Form(string? formId, ToolContext c) =>
        FormLinks.For(c.ConversationId, c.Topic, c.Answers, types, _categories).FirstOrDefault(f => f.Id == formId) is { } form
            ? new AgentMessage(system.Get("ToolFormMessage_" + form.Id, c.Language),
                [new ReplyAction(system.Get("ToolFormAction_" + form.Id, c.Language), form.Href, ActionKinds.Route)])
            : null;
}
