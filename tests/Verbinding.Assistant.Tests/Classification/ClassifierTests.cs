using Verbinding.Assistant.Classification;
using Verbinding.Assistant.Topics;
using Verbinding.Assistant.Training;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Tests.Classification;

public sealed class ClassifierTests
{
    [Theory]
    [InlineData("mn fiets is gejat bij de supermarkt", TopicIds.AangifteFietsendiefstal)]
    [InlineData("someone stole my bike", TopicIds.AangifteFietsendiefstal)]
    [InlineData("in de tram is mijn portemonnee uit mijn tas gerold", TopicIds.AangifteZakkenrollerij)]
    [InlineData("er is ingebroken in onze schuur toen we op vakantie waren", TopicIds.AangifteInbraak)]
    [InlineData("hoe ver is mijn aangifte, ik heb nog niks gehoord", TopicIds.StatusAangifte)]
    [InlineData("ik wil graag een afspraak maken op het bureau", TopicIds.AfspraakBureau)]
    public void Clear_messages_get_their_topic(string message, string topic)
    {
        var understood = TestData.Wout.Understand(message, TestData.Now);
        Assert.Equal(topic, understood.Topic);
        Assert.False(understood.Emergency);
    }

    [Fact]
    public void Danger_now_is_spoed_whatever_else_the_message_says()
    {
        var understood = TestData.Wout.Understand("ik wil aangifte doen want hij slaat me nu weer", TestData.Now);
        Assert.Equal(TopicIds.Spoed112, understood.Topic);
        Assert.True(understood.Emergency);
    }

    [Fact]
    public void Gibberish_gets_onbekend_with_candidates_to_offer()
    {
        var understood = TestData.Wout.Understand("qwxz blorp", TestData.Now);
        Assert.Equal(TopicIds.Onbekend, understood.Topic);
        Assert.InRange(understood.Candidates.Count, 2, 3);
        Assert.All(understood.Candidates, c => Assert.True(TopicIds.IsKnown(c.Topic)));
    }

    [Fact]
    public void A_higher_threshold_makes_Wout_ask_instead_of_answer()
    {
        var careful = new WoutUnderstanding(new TopicClassifier(WoutModel.Default), new TestData.NoEntities(), new UnderstandingOptions { Threshold = 0.999 });
        var understood = careful.Understand("ik heb een vraag over mijn fiets", TestData.Now);
        Assert.Equal(TopicIds.Onbekend, understood.Topic);
        Assert.Equal(3, understood.Candidates.Count);
    }

    [Fact]
    public void Confidences_are_probabilities_over_all_topics()
    {
        var scores = new TopicClassifier(WoutModel.Default).Score("mijn auto is bekrast");
        Assert.Equal(TopicIds.All.Count, scores.Count);
        Assert.Equal(1.0, scores.Sum(s => s.Score), 6);
    }

    [Fact]
    public void Training_twice_gives_identical_models()
    {
        var sample = Corpus.Examples.Where((_, i) => i % 4 == 0).ToList();
        var first = TopicTrainer.Train(sample, TopicIds.All, new TrainingOptions());
        var second = TopicTrainer.Train(sample, TopicIds.All, new TrainingOptions());
        Assert.Equal(first.Features, second.Features);
        Assert.Equal(first.Weights, second.Weights);
    }

    [Fact]
    public void Shipped_model_matches_a_fresh_training_on_the_corpus()
    {
        var fresh = new TopicClassifier(TopicTrainer.Train(Corpus.Examples, TopicIds.All, new TrainingOptions()));
        var shipped = new TopicClassifier(WoutModel.Default);
        Assert.Equal(fresh.Model.Features, shipped.Model.Features);
        var differing = TestData.DevSet
            .Where(d => fresh.Score(d.Text)[0].Topic != shipped.Score(d.Text)[0].Topic)
            .Select(d => d.Text)
            .ToList();
        Assert.Empty(differing);
    }

    [Fact]
    public void Model_file_round_trips()
    {
        using var stream = new MemoryStream();
        ModelFile.Write(WoutModel.Default, stream);
        stream.Position = 0;
        var read = ModelFile.Read(stream);
        Assert.Equal(WoutModel.Default.Weights, read.Weights);
        Assert.Equal(WoutModel.Default.Threshold, read.Threshold);
    }
}
