using Verbinding.Assistant.Classification;
using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Text;
using Verbinding.Assistant.Topics;

namespace Verbinding.Assistant.Understanding;

/// <summary>
/// Wout's understanding of one message: the emergency guard first (danger now always wins), then the
/// topic classifier, language detection and entity extraction.
/// </summary>
public sealed class WoutUnderstanding(TopicClassifier classifier, IEntityExtractor entities, UnderstandingOptions? options = null)
    : IMessageUnderstanding
{
    private static readonly IReadOnlySet<string> NoEmergency = new HashSet<string>(StringComparer.Ordinal) { TopicIds.Spoed112 };

    private readonly UnderstandingOptions _options = options ?? new UnderstandingOptions();

    /// <summary>With the shipped model.</summary>
    public WoutUnderstanding(IEntityExtractor entities, UnderstandingOptions? options = null)
        : this(new TopicClassifier(WoutModel.Default), entities, options)
    {
    }

    /// <summary>The production composition: shipped model and the real entity extractor.</summary>
    public static WoutUnderstanding CreateDefault(UnderstandingOptions? options = null) =>
        new(new EntityExtractor(), options);

    public double Threshold => _options.Threshold ?? classifier.Model.Threshold;

    public MessageUnderstanding Understand(string text, DateTimeOffset now)
    {
        // Tokenised once for the guard, the classifier and the language detector.
        var tokens = TextNormalizer.Tokens(text);
        var language = LanguageDetector.Detect(tokens);
        var found = entities.Extract(text, now);
        var verdict = EmergencyGuard.Assess(text, tokens);

        // A negated or past danger ("gisteren ingebroken", "niemand is gewond") must not come back as 112
        // through the statistics either.
        var scores = classifier.Score(tokens, verdict == GuardVerdict.Defused ? NoEmergency : null);
        var candidates = scores.Take(_options.CandidateCount).ToList();
        if (verdict == GuardVerdict.Emergency)
        {
            return new MessageUnderstanding(TopicIds.Spoed112, 1.0, language, Emergency: true, candidates, found);
        }

        var best = scores[0];
        if (best.Score < Threshold)
        {
            return new MessageUnderstanding(TopicIds.Onbekend, best.Score, language, Emergency: false, candidates, found);
        }

        return new MessageUnderstanding(best.Topic, best.Score, language, best.Topic == TopicIds.Spoed112, candidates, found);
    }
}
