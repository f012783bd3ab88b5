using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Verbinding.Assistant.Training;

namespace Verbinding.Assistant.Classification;

/// <summary>
/// Trains the topic model with ML.NET's L-BFGS maximum-entropy trainer on <see cref="Featurizer"/>'s
/// features. Deterministic: fixed seed, one thread, examples in corpus order, vocabulary sorted.
/// </summary>
public static class TopicTrainer
{
    public static TopicModel Train(IReadOnlyList<TrainingExample> examples, IReadOnlyList<string> topics, TrainingOptions options)
    {
        var featureSets = examples.Select(e => Featurizer.ToDictionary(e.Text)).ToList();
        var vocabulary = BuildVocabulary(featureSets, options.MinFeatureCount);
        var index = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            index.Add(vocabulary[i], i);
        }

        var rows = examples.Select((e, i) => new Row
        {
            Topic = e.Topic,
            Features = Vectorize(featureSets[i], index, vocabulary.Count),
        }).ToList();

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Count);
        var data = ml.Data.LoadFromEnumerable(rows, schema);

        // Key order = contract order, so class t of the trained weights is topics[t].
        var keys = ml.Data.LoadFromEnumerable(topics.Select(topic => new TopicKey { Topic = topic }));
        data = ml.Transforms.Conversion.MapValueToKey("Label", nameof(Row.Topic), keyData: keys).Fit(data).Transform(data);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = options.L2Regularization,
            L1Regularization = options.L1Regularization,
            MaximumNumberOfIterations = options.MaxIterations,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
        });
        var parameters = trainer.Fit(data).Model;

        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out var classes);
        var weights = new float[vocabulary.Count * classes];
        for (var t = 0; t < classes; t++)
        {
            var dense = perClass[t].DenseValues().ToArray();
            for (var f = 0; f < dense.Length; f++)
            {
                weights[f * classes + t] = dense[f];
            }
        }

        return new TopicModel(topics, vocabulary, weights, parameters.GetBiases().ToArray(), temperature: 1f, options.Threshold);
    }

    private static List<string> BuildVocabulary(List<IReadOnlyDictionary<string, float>> featureSets, int minCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var features in featureSets)
        {
            foreach (var feature in features.Keys)
            {
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
            }
        }

        return counts.Where(p => p.Value >= minCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
    }

    private static VBuffer<float> Vectorize(IReadOnlyDictionary<string, float> features, Dictionary<string, int> index, int size)
    {
        var active = features
            .Where(p => index.ContainsKey(p.Key))
            .Select(p => (Index: index[p.Key], p.Value))
            .OrderBy(p => p.Index)
            .ToArray();
        var norm = MathF.Sqrt(active.Sum(p => p.Value * p.Value));
        var values = active.Select(p => norm == 0 ? 0 : p.Value / norm).ToArray();
        return new VBuffer<float>(size, active.Length, values, active.Select(p => p.Index).ToArray());
    }

    private sealed class Row
    {
        public string Topic { get; set; } = "";

        public VBuffer<float> Features { get; set; }
    }

    private sealed class TopicKey
    {
        public string Topic { get; set; } = "";
    }
}
