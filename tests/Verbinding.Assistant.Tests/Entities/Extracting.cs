using Verbinding.Assistant.Entities;

namespace Verbinding.Assistant.Tests.Entities;

/// <summary>Test intent helpers: what Wout would prefill from a message.</summary>
internal static class Extracting
{
    /// <summary>Sunday 29 November 2026, 14:00 in Amsterdam (CET).</summary>
    public static readonly DateTimeOffset SundayAfternoon = new(2026, 11, 29, 14, 0, 0, TimeSpan.FromHours(1));

    private static readonly EntityExtractor Extractor = new();

    public static IReadOnlyList<Entity> All(string message, DateTimeOffset? now = null) =>
        Extractor.Extract(message, now ?? SundayAfternoon);

    public static string[] Values(string message, EntityKind kind, DateTimeOffset? now = null) =>
        All(message, now).Where(e => e.Kind == kind).Select(e => e.Value).ToArray();

    public static string? Single(string message, EntityKind kind, DateTimeOffset? now = null)
    {
        var values = Values(message, kind, now);
        Assert.True(values.Length <= 1, $"Expected at most one {kind} in \"{message}\" but got: {string.Join(", ", values)}");
        return values.FirstOrDefault();
    }
}
