using System.Text.Json;
using Verbinding.Assistant.Evaluation;
using Verbinding.Assistant.Understanding;
using Verbinding.Assistant.Entities;

namespace Verbinding.Assistant.Tests;

internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 20, 30, 0, TimeSpan.FromHours(1));

    private static readonly Lazy<IReadOnlyList<DevLine>> Dev = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "dev-set.jsonl"))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<DevLine>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList());

    private static readonly Lazy<WoutUnderstanding> SharedWout = new(() => WoutUnderstanding.CreateDefault());

    public static IReadOnlyList<DevLine> DevSet => Dev.Value;

    public static IReadOnlyList<LabelledMessage> DevMessages => DevSet.Select(d => new LabelledMessage(d.Text, d.Accept)).ToList();

    /// <summary>Wout as in production: the shipped model and the real entity extractor.</summary>
    public static WoutUnderstanding Wout => SharedWout.Value;

    public sealed record DevLine(string Text, string[] Accept, string Lang);

    public sealed class NoEntities : IEntityExtractor
    {
        public IReadOnlyList<Entity> Extract(string text, DateTimeOffset now) => [];
    }
}
