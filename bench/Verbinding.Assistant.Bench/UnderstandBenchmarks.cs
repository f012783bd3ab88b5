using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Verbinding.Assistant.Classification;
using Verbinding.Assistant.Entities;
using Verbinding.Assistant.Understanding;

namespace Verbinding.Assistant.Bench;

/// <summary>
/// The whole <see cref="WoutUnderstanding.Understand"/> (guard, classifier, language and the real entity extractor)
/// on 200 representative messages, one message per call. BenchmarkDotNet's P50/P95 are over iteration means; the
/// per-call p99 comes from <see cref="LatencyProbe"/> (<c>-- --latency</c>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class UnderstandBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 14, 0, 0, TimeSpan.FromHours(1));

    private IReadOnlyList<string> _messages = null!;
    private WoutUnderstanding _wout = null!;
    private WoutUnderstanding _woutWithoutEntities = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _messages = BenchMessages.All;
        _wout = WoutUnderstanding.CreateDefault();
        _woutWithoutEntities = new WoutUnderstanding(new TopicClassifier(WoutModel.Default), new NoEntities());
        foreach (var message in _messages)
        {
            _wout.Understand(message, Now);
            _woutWithoutEntities.Understand(message, Now);
        }
    }

    [Benchmark(Baseline = true, Description = "Understand, production composition (200-message mix)")]
    public MessageUnderstanding Understand() => _wout.Understand(_messages[_next++ % _messages.Count], Now);

    [Benchmark(Description = "Understand without entities (200-message mix)")]
    public MessageUnderstanding UnderstandWithoutEntities() =>
        _woutWithoutEntities.Understand(_messages[_next++ % _messages.Count], Now);

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

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }
}
