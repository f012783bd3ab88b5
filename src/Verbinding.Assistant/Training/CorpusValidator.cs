using Verbinding.Assistant.Text;
using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Training;

/// <summary>
/// Checks the corpus against the topic contract: only contract ids, every topic present with enough Dutch
/// and English lines, lines filed under their own topic, and no duplicates (after normalisation, so
/// "Mijn fiets is gestolen!" and "mijn fiets is gestolen" count as one).
/// </summary>
public static class CorpusValidator
{
    public const int MinDutchPerTopic = 40;
    public const int MinEnglishPerTopic = 10;

    public static IReadOnlyList<string> Problems(IReadOnlyList<CorpusFile> files, IReadOnlyList<string> requiredTopics)
    {
        var problems = new List<string>();
        foreach (var file in files.Where(f => !TopicIds.IsKnown(f.Topic)))
        {
            problems.Add($"{file.Name}: '{file.Topic}' is not a contract topic id");
        }

        foreach (var file in files)
        {
            foreach (var example in file.Examples.Where(e => e.Topic != file.Topic))
            {
                problems.Add($"{file.Name}: line with topic '{example.Topic}' filed under '{file.Topic}': {example.Text}");
            }

            foreach (var example in file.Examples.Where(e => e.Lang is not ("nl" or "en")))
            {
                problems.Add($"{file.Name}: unknown lang '{example.Lang}': {example.Text}");
            }

            foreach (var example in file.Examples.Where(e => string.IsNullOrWhiteSpace(e.Text)))
            {
                problems.Add($"{file.Name}: empty text");
            }
        }

        var examples = files.SelectMany(f => f.Examples).ToList();
        foreach (var duplicate in examples.GroupBy(e => TextNormalizer.Normalize(e.Text)).Where(g => g.Count() > 1))
        {
            var topics = string.Join(", ", duplicate.Select(e => e.Topic).Distinct());
            problems.Add($"duplicate ({topics}): {duplicate.Key}");
        }

        foreach (var topic in requiredTopics)
        {
            var dutch = examples.Count(e => e.Topic == topic && e.Lang == "nl");
            var english = examples.Count(e => e.Topic == topic && e.Lang == "en");
            if (dutch < MinDutchPerTopic || english < MinEnglishPerTopic)
            {
                problems.Add($"{topic}: {dutch} Dutch and {english} English lines (need {MinDutchPerTopic} and {MinEnglishPerTopic})");
            }
        }

        return problems;
    }
}
