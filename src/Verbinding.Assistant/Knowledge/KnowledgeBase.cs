using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Verbinding.Assistant.Knowledge;

/// <summary>
/// Wout's knowledge base: the embedded articles in an in-memory Lucene index per language, built once at start
/// (Dutch stemming for nl, English for en). Searching is thread-safe.
/// </summary>
public sealed class KnowledgeBase
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] Fields = ["title", "keywords", "body"];
    private static readonly Dictionary<string, float> Boosts = new() { ["title"] = 2f, ["keywords"] = 1.5f, ["body"] = 1f };

    private readonly Dictionary<string, LanguageIndex> _indexes;

    // Free text without positions: queries are plain words (escaped), never phrases.
    private static readonly FieldType SearchText = CreateSearchText();

    private static FieldType CreateSearchText()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        type.Freeze();
        return type;
    }

    public KnowledgeBase(IEnumerable<KnowledgeArticle> articles)
    {
        Articles = [.. articles];
        _indexes = Articles
            .GroupBy(a => a.Language)
            .ToDictionary(g => g.Key, g => LanguageIndex.Build(g.ToList(), AnalyzerFor(g.Key)));
    }

    private static readonly Lazy<KnowledgeBase> LazyDefault = new(() => new KnowledgeBase(ArticleSource.LoadEmbedded()));

    public static KnowledgeBase Default => LazyDefault.Value;

    /// <summary>
    /// Builds the default index in the background. The first build pays a one-time cost for loading and
    /// compiling Lucene (over a second on a busy machine); call this at start so no citizen waits for it.
    /// </summary>
    public static Task WarmUpAsync() => Task.Run(() => LazyDefault.Value.Search("politie", "nl"));

    public IReadOnlyList<KnowledgeArticle> Articles { get; }

    /// <param name="topic">Only articles of this topic, or null for all.</param>
    public IReadOnlyList<KnowledgeHit> Search(string text, string language, int max = 3, string? topic = null)
    {
        if (string.IsNullOrWhiteSpace(text) || !_indexes.TryGetValue(language, out var index))
            return [];
        return index.Search(text, max, topic);
    }

    // Citizens ask questions ("how do I ..."); question words would otherwise match every "How do I ...?" title.
    private static readonly string[] EnglishQuestionWords =
        ["how", "what", "where", "when", "who", "why", "which", "do", "does", "did", "i", "me", "my", "can", "could",
         "should", "would", "you", "your", "am", "have", "has", "get", "want"];

    private static Analyzer AnalyzerFor(string language) => language == "en"
        ? new EnglishAnalyzer(Version, new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet.Concat(EnglishQuestionWords).ToList(), true))
        : new DutchAnalyzer(Version);

    private sealed class LanguageIndex(IndexSearcher searcher, Analyzer analyzer, IReadOnlyList<KnowledgeArticle> articles)
    {
        public static LanguageIndex Build(IReadOnlyList<KnowledgeArticle> articles, Analyzer analyzer)
        {
            var directory = new RAMDirectory();
            // One small segment, no compound file, no merges: the cheapest index Lucene can write.
            var config = new IndexWriterConfig(Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                UseCompoundFile = false,
                MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            };
            using (var writer = new IndexWriter(directory, config))
            {
                foreach (var article in articles)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField("topic", article.Topic, Field.Store.NO),
                        new Field("title", article.Title, SearchText),
                        new Field("keywords", article.Keywords, SearchText),
                        new Field("body", article.Body, SearchText),
                    });
                }
            }
            var reader = DirectoryReader.Open(directory);
            // Nothing is stored: with one segment and no deletions, document n is article n.
            if (reader.Leaves.Count != 1 || reader.MaxDoc != articles.Count)
                throw new InvalidOperationException("The knowledge index must be a single segment.");
            return new LanguageIndex(new IndexSearcher(reader), analyzer, articles);
        }

        public IReadOnlyList<KnowledgeHit> Search(string text, int max, string? topic)
        {
            // The parser is not thread-safe, so one per search; it is cheap.
            var parser = new MultiFieldQueryParser(Version, Fields, analyzer, Boosts) { DefaultOperator = Operator.OR };
            Query parsed;
            try
            {
                parsed = parser.Parse(QueryParserBase.Escape(text));
            }
            catch (ParseException)
            {
                return []; // only stop words or punctuation
            }
            var query = new BooleanQuery { { parsed, Occur.MUST } };
            if (topic is not null)
                query.Add(new TermQuery(new Term("topic", topic)), Occur.MUST);

            return [.. searcher.Search(query, max).ScoreDocs
                .Select(hit => new KnowledgeHit(
                    articles[hit.Doc], hit.Score))];
        }
    }
}
