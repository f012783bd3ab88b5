using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Training;

namespace Verbinding.Assistant.Classification;

/// <summary>Where Wout's topic model comes from: the shipped model file, or a fresh calibrated training.</summary>
public static class WoutModel
{
    public const string ResourceName = "model/wout-topics.model";
    public const int CalibrationFolds = 5;

    /// <summary>Highest share of held-out accuracy Wout may give up by asking instead of answering.</summary>
    public const double MaxAccuracyGivenUpByAsking = 0.01;

    private static readonly Lazy<TopicModel> Shipped = new(LoadShipped);

    /// <summary>The model file embedded in the assembly (<c>assistant train --output</c> regenerates it).</summary>
    public static TopicModel Default => Shipped.Value;

    public static bool HasShippedModel => typeof(WoutModel).Assembly.GetManifestResourceInfo(ResourceName) is not null;

    /// <summary>
    /// Trains on all examples, then fits temperature and threshold on cross-validated predictions.
    /// An explicit <paramref name="threshold"/> overrides the fitted one.
    /// </summary>
    public static TopicModel TrainCalibrated(IReadOnlyList<TrainingExample> examples, TrainingOptions? options = null, float? threshold = null)
    {
        options ??= new TrainingOptions();
        var topics = TopicIds.All;
        var heldOut = CrossValidation.Run(examples, topics, options, CalibrationFolds);
        var temperature = Calibration.FitTemperature(heldOut, topics);
        var fitted = threshold ?? Calibration.FitThreshold(heldOut, topics, temperature, MaxAccuracyGivenUpByAsking);
        return TopicTrainer.Train(examples, topics, options).WithCalibration(temperature, fitted);
    }

    private static TopicModel LoadShipped()
    {
        using var stream = typeof(WoutModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? TrainCalibrated(Corpus.Examples) : ModelFile.Read(stream);
    }
}
