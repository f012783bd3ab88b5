using BenchmarkDotNet.Attributes;
using Verbinding.Assistant.Classification;
using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Bench;

/// <summary>The whole <see cref="WoutUnderstanding.Understand"/> on a representative mix of citizen messages.</summary>
[MemoryDiagnoser]
public class UnderstandBenchmarks
{
    // Typical lengths and styles: short greetings, chat Dutch, long stories, English, emergencies.
    private static readonly string[] Messages =
    [
        "hoi",
        "mn fiets is gejat bij het station wat moet ik doen",
        "Goedemiddag, ik heb gisteren een telefoon gekocht via Marktplaats en betaald maar de verkoper reageert niet meer en ik heb niks ontvangen. Kan ik aangifte doen?",
        "someone broke into my car last night and took my laptop",
        "er staat nu een man met een mes voor mijn deur",
        "hoe laat is het bureau in utrecht open",
        "ik word al maanden lastiggevallen door mijn ex, hij stuurt dreigende berichten",
        "bedankt voor de hulp, doei",
    ];

    private WoutUnderstanding _wout = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _wout = new WoutUnderstanding(new TopicClassifier(WoutModel.Default), new NoEntities());
        foreach (var message in Messages)
        {
            _wout.Understand(message, DateTimeOffset.UnixEpoch);
        }
    }

    [Benchmark(Description = "Understand (mix of 8 messages, one per call)")]
    public MessageUnderstanding Understand() => _wout.Understand(Messages[_next++ % Messages.Length], DateTimeOffset.UnixEpoch);

    [Benchmark(Description = "Load model file")]
    public int LoadModel()
    {
        using var stream = typeof(WoutModel).Assembly.GetManifestResourceStream(WoutModel.ResourceName)!;
        return ModelFile.Read(stream).Features.Count;
    }

    private sealed class NoEntities : IEntityExtractor
    {
        public IReadOnlyList<Entity> Extract(string text, DateTimeOffset now) => [];
    }
}
