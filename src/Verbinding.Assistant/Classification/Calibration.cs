namespace Verbinding.Assistant.Classification;

/// <summary>
/// Fits the softmax temperature and the "ask instead of answer" threshold on held-out predictions, so
/// a confidence of 0.8 means roughly "right 8 times out of 10" on messages the model has not seen.
/// </summary>
public static class Calibration
{
    /// <summary>The temperature that minimises the held-out negative log-likelihood (grid search).</summary>
    public static float FitTemperature(IReadOnlyList<HeldOutPrediction> predictions, IReadOnlyList<string> topics)
    {
        var truth = predictions.Select(p => IndexOf(topics, p.Example.Topic)).ToArray();
        var best = (Temperature: 1f, Loss: double.MaxValue);
        for (var t = 0.05f; t <= 3f; t += 0.05f)
        {
            var loss = 0d;
            for (var i = 0; i < predictions.Count; i++)
            {
                loss -= Math.Log(Math.Max(Softmax(predictions[i].Logits, t)[truth[i]], 1e-12));
            }

            if (loss < best.Loss)
            {
                best = (t, loss);
            }
        }

        return MathF.Round(best.Temperature, 2);
    }

    /// <summary>
    /// The highest threshold that costs at most <paramref name="maxAccuracyLoss"/> of held-out accuracy
    /// (a message below it counts as wrong): Wout asks about the least certain messages only.
    /// </summary>
    public static float FitThreshold(
        IReadOnlyList<HeldOutPrediction> predictions, IReadOnlyList<string> topics, float temperature, double maxAccuracyLoss)
    {
        var outcomes = predictions.Select(p =>
        {
            var probabilities = Softmax(p.Logits, temperature);
            var best = CrossValidation.ArgMax(p.Logits);
            return (Confidence: probabilities[best], Correct: topics[best] == p.Example.Topic);
        }).ToList();
        var baseline = outcomes.Count(o => o.Correct) / (double)outcomes.Count;
        var threshold = 0f;
        for (var candidate = 0.05f; candidate < 0.95f; candidate += 0.01f)
        {
            var accuracy = outcomes.Count(o => o.Correct && o.Confidence >= candidate) / (double)outcomes.Count;
            if (baseline - accuracy > maxAccuracyLoss)
            {
                break;
            }

            threshold = candidate;
        }

        return MathF.Round(threshold, 2);
    }

    public static double[] Softmax(float[] logits, float temperature)
    {
        var max = logits.Max();
        var exp = logits.Select(l => Math.Exp((l - max) / temperature)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    private static int IndexOf(IReadOnlyList<string> topics, string topic)
    {
        for (var i = 0; i < topics.Count; i++)
        {
            if (topics[i] == topic)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown topic '{topic}'.");
    }
}
