namespace Verbinding.Assistant.Knowledge;

/// <summary>Loads the articles embedded from Knowledge/articles/*.md.</summary>
public static class ArticleSource
{
    private const string Prefix = "articles.";

    public static IReadOnlyList<KnowledgeArticle> LoadEmbedded()
    {
        var assembly = typeof(ArticleSource).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return ArticleParser.Parse(reader.ReadToEnd(), name);
            })];
    }
}
