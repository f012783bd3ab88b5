using System.Text.Json;
using Verbinding.Calendar;

namespace Verbinding.Web.Features.ServiceClocks;

/// <summary>Stores a clock's events as a small JSON array: [{"kind":"Started","at":"2026-03-06T15:30:00+00:00"}, ...].</summary>
internal static class ClockEventLog
{
    private sealed record Row(ClockEventKind Kind, DateTimeOffset At);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static string Write(ServiceClock clock) =>
        JsonSerializer.Serialize(clock.Events.Select(e => new Row(e.Kind, e.At.ToUniversalTime())), Json);

    public static ServiceClock Read(ServiceLevel level, string log) =>
        ServiceClock.Replay(level, (JsonSerializer.Deserialize<Row[]>(log, Json) ?? []).Select(r => new ClockEvent(r.Kind, r.At)));
}
