namespace Verbinding.Assistant.Knowledge;

/// <summary>
/// One knowledge-base article, written in plain language and based on a public page (<see cref="Source"/>).
/// <see cref="Keywords"/> are extra search words (synonyms citizens use) that do not read well in the text.
/// </summary>
public sealed record KnowledgeArticle(
    string Id,
    string Topic,
    string Language,
    string Title,
    string Source,
    string Keywords,
    string Body)
{
    /// <summary>The first paragraph: what Wout says in the chat; the source link gives the rest.</summary>
    public string Summary => Body.Split("\n\n", 2, StringSplitOptions.TrimEntries)[0].ReplaceLineEndings(" ");
}

public sealed record KnowledgeHit(KnowledgeArticle Article, float Score);
