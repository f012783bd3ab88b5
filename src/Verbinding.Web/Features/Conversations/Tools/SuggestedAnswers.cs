using Verbinding.Assistant.Knowledge;

namespace Verbinding.Web.Features.Conversations.Tools;

/// <summary>Knowledge-base articles that may answer what the citizen asked, for the colleague to send with one click.</summary>
public static class SuggestedAnswers
{
    public const int Max = 3;

    // The last few messages carry the open question; older ones are often about something already answered.
    private const int CitizenMessages = 3;

    public static IReadOnlyList<KnowledgeArticle> For(KnowledgeBase knowledge, IReadOnlyList<MessageView> messages, string language)
    {
        var asked = string.Join(' ', messages.Where(m => m.Author == AuthorKinds.Citizen).TakeLast(CitizenMessages).Select(m => m.Text));
        return [.. knowledge.Search(asked, language, Max).Select(hit => hit.Article)];
    }

    /// <summary>The article in the conversation's language; Dutch when there is no translation.</summary>
    public static KnowledgeArticle? Find(KnowledgeBase knowledge, string? id, string language) =>
        knowledge.Articles.FirstOrDefault(a => a.Id == id && a.Language == language)
        ?? knowledge.Articles.FirstOrDefault(a => a.Id == id && a.Language == "nl");

    /// <summary>A short preview for the colleague's list.</summary>
    public static string Preview(KnowledgeArticle article, int length = 160) =>
        article.Summary.Length <= length ? article.Summary : article.Summary[..length].TrimEnd() + "...";
}
