using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Evaluation;

/// <summary>A labelled message: any topic in <see cref="Accept"/> counts as right; the first is the main one.</summary>
public sealed record LabelledMessage(string Text, IReadOnlyList<string> Accept);

public sealed record TopicQuality(string Topic, int Support, double Precision, double Recall);

public sealed record Confusion(string Expected, string Predicted, int Count);

public sealed record EvaluationResult(
    int Count,
    double Accuracy,
    IReadOnlyList<TopicQuality> PerTopic,
    IReadOnlyList<Confusion> Confusions,
    int Emergencies,
    int EmergenciesFlagged,
    IReadOnlyList<string> FalseAlarms,
    IReadOnlyList<string> MissedEmergencies);

/// <summary>Scores Wout on a labelled set the way the product is judged: the answer must be an accepted topic.</summary>
public static class Evaluator
{
    public static EvaluationResult Run(IMessageUnderstanding wout, IReadOnlyList<LabelledMessage> messages, DateTimeOffset now)
    {
        var outcomes = messages.Select(m => (Message: m, Result: wout.Understand(m.Text, now))).ToList();
        var correct = outcomes.Count(o => o.Message.Accept.Contains(o.Result.Topic));
        var perTopic = outcomes.SelectMany(o => o.Message.Accept.Append(o.Result.Topic)).Distinct().Order(StringComparer.Ordinal)
            .Select(topic =>
            {
                var predicted = outcomes.Where(o => o.Result.Topic == topic).ToList();
                var actual = outcomes.Where(o => o.Message.Accept[0] == topic).ToList();
                return new TopicQuality(
                    topic,
                    actual.Count,
                    predicted.Count == 0 ? 0 : predicted.Count(o => o.Message.Accept.Contains(topic)) / (double)predicted.Count,
                    actual.Count == 0 ? 0 : actual.Count(o => o.Message.Accept.Contains(o.Result.Topic)) / (double)actual.Count);
            })
            .ToList();
        var confusions = outcomes
            .Where(o => !o.Message.Accept.Contains(o.Result.Topic))
            .GroupBy(o => (o.Message.Accept[0], o.Result.Topic))
            .Select(g => new Confusion(g.Key.Item1, g.Key.Topic, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Expected, StringComparer.Ordinal).ThenBy(c => c.Predicted, StringComparer.Ordinal)
            .Take(10)
            .ToList();
        var emergencies = outcomes.Where(o => o.Message.Accept.Contains(TopicIds.Spoed112)).ToList();
        return new EvaluationResult(
            outcomes.Count,
            outcomes.Count == 0 ? 0 : correct / (double)outcomes.Count,
            perTopic,
            confusions,
            emergencies.Count,
            emergencies.Count(o => o.Result.Emergency),
            outcomes.Where(o => o.Result.Emergency && !o.Message.Accept.Contains(TopicIds.Spoed112)).Select(o => o.Message.Text).ToList(),
            emergencies.Where(o => !o.Result.Emergency).Select(o => o.Message.Text).ToList());
    }
}
