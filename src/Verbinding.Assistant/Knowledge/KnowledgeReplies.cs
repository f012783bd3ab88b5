using Verbinding.Assistant.Dialogue;
using Verbinding.Assistant.Dialogue.Texts;

namespace Verbinding.Assistant.Knowledge;

/// <summary>Turns an article into a chat answer that links the public page it is based on.</summary>
public static class KnowledgeReplies
{
    public static WoutReply Answer(KnowledgeArticle article, string topic, WoutTexts texts) =>
        new(article.Summary, topic, [new ReplyAction(texts.Format("kb.source", article.Title), article.Source, ActionKinds.Article)]);
}
