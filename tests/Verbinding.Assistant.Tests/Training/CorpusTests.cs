using Verbinding.Assistant.Text;
using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Training;

namespace Verbinding.Assistant.Tests.Training;

public sealed class CorpusTests
{
    private static readonly IReadOnlyList<string> TopicsInCorpus = Corpus.Files.Select(f => f.Topic).Distinct().ToList();

    [Fact]
    public void Corpus_has_only_contract_topics_no_duplicates_and_enough_lines_per_topic()
    {
        Assert.NotEmpty(Corpus.Examples);
        Assert.Empty(CorpusValidator.Problems(Corpus.Files, TopicsInCorpus));
    }

    [Fact]
    public void Validator_reports_duplicates_unknown_ids_and_empty_topics()
    {
        var files = new[]
        {
            new CorpusFile("corpus/aangifte-fietsendiefstal.jsonl",
            [
                new TrainingExample("Mijn fiets is gejat!", TopicIds.AangifteFietsendiefstal, "nl"),
                new TrainingExample("mijn fiets is gestolen", TopicIds.AangifteFietsendiefstal, "nl"),
            ]),
            new CorpusFile("corpus/fietsen.jsonl", [new TrainingExample("waar is mijn fiets", "fietsen", "nl")]),
        };

        var problems = CorpusValidator.Problems(files, [TopicIds.AangifteFietsendiefstal, TopicIds.Begroeting]);

        Assert.Contains(problems, p => p.StartsWith("duplicate", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'fietsen' is not a contract topic id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("begroeting: 0 Dutch and 0 English", StringComparison.Ordinal));
    }

    [Fact]
    public void No_dev_set_line_is_in_the_training_corpus()
    {
        var training = Corpus.Examples.Select(e => TextNormalizer.Normalize(e.Text)).ToHashSet(StringComparer.Ordinal);
        var overlap = TestData.DevSet.Where(d => training.Contains(TextNormalizer.Normalize(d.Text))).Select(d => d.Text).ToList();
        Assert.Empty(overlap);
    }

    [Fact]
    public void Dev_set_uses_only_contract_topics()
    {
        var unknown = TestData.DevSet.SelectMany(d => d.Accept).Where(t => !TopicIds.IsKnown(t) && t != TopicIds.Onbekend).ToList();
        Assert.Empty(unknown);
    }
}
