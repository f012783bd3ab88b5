using Verbinding.Assistant.Training;

namespace Verbinding.Assistant.Classification;

/// <summary>One held-out prediction: the true topic and the raw scores per topic (model topic order).</summary>
public sealed record HeldOutPrediction(TrainingExample Example, float[] Logits);

/// <summary>
/// Stratified k-fold cross-validation: within each topic the n-th line goes to fold n mod k, so every fold
/// sees every topic and the split is the same on every run.
/// </summary>
public static class CrossValidation
{
    public static IReadOnlyList<HeldOutPrediction> Run(
        IReadOnlyList<TrainingExample> examples, IReadOnlyList<string> topics, TrainingOptions options, int folds)
    {
        var fold = AssignFolds(examples, folds);
        var predictions = new HeldOutPrediction[examples.Count];
        for (var k = 0; k < folds; k++)
        {
            var train = examples.Where((_, i) => fold[i] != k).ToList();
            var classifier = new TopicClassifier(TopicTrainer.Train(train, topics, options));
            for (var i = 0; i < examples.Count; i++)
            {
                if (fold[i] == k)
                {
                    predictions[i] = new HeldOutPrediction(examples[i], classifier.Logits(examples[i].Text));
                }
            }
        }

        return predictions;
    }

    public static double Accuracy(IReadOnlyList<HeldOutPrediction> predictions, IReadOnlyList<string> topics) =>
        predictions.Count(p => topics[ArgMax(p.Logits)] == p.Example.Topic) / (double)predictions.Count;

    internal static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static int[] AssignFolds(IReadOnlyList<TrainingExample> examples, int folds)
    {
        var fold = new int[examples.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < examples.Count; i++)
        {
            var n = seen.GetValueOrDefault(examples[i].Topic);
            seen[examples[i].Topic] = n + 1;
            fold[i] = n % folds;
        }

        return fold;
    }
}
