namespace Verbinding.Assistant.Knowledge;

/// <summary>
/// Reads an article: a front matter block between "---" lines (id, topic, lang, title, source, keywords),
/// then the Markdown body.
/// </summary>
public static class ArticleParser
{
    public static KnowledgeArticle Parse(string text, string name)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != "---")
            throw new FormatException($"{name}: missing front matter.");
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
            throw new FormatException($"{name}: unterminated front matter.");

        var fields = lines[1..end]
            .Where(l => l.Contains(':'))
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        string Required(string key) => fields.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"{name}: front matter '{key}' is missing.");

        return new KnowledgeArticle(
            Required("id"),
            Required("topic"),
            Required("lang"),
            Required("title"),
            Required("source"),
            fields.GetValueOrDefault("keywords") ?? "",
            string.Join('\n', lines[(end + 1)..]).Trim());
    }
}
