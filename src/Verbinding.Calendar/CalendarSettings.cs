using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verbinding.Calendar;

/// <summary>
/// The calendar configuration from <c>reference/calendar.json</c>: default office hours and Liberation Day rule,
/// per-eenheid overrides and the service-level targets. One <see cref="WorkingCalendar"/> per eenheid.
/// </summary>
public sealed class CalendarSettings
{
    private readonly Dictionary<string, WorkingCalendar> _units;
    private readonly Dictionary<string, ServiceLevel> _levels;

    private CalendarSettings(WorkingCalendar defaultCalendar, Dictionary<string, WorkingCalendar> units, Dictionary<string, ServiceLevel> levels)
    {
        Default = defaultCalendar;
        _units = units;
        _levels = levels;
    }

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reference", "calendar.json");

    public WorkingCalendar Default { get; }

    public IReadOnlyCollection<string> UnitIds => _units.Keys;

    public IReadOnlyCollection<ServiceLevel> ServiceLevels => _levels.Values;

    /// <summary>The calendar of an eenheid; null means the default calendar.</summary>
    public WorkingCalendar For(string? unitId) =>
        unitId is null ? Default
        : _units.TryGetValue(unitId, out var calendar) ? calendar
        : throw new UnknownUnitException(unitId, _units.Keys);

    /// <summary>The calendar of an eenheid, or the default one for an eenheid the configuration does not list.</summary>
    public WorkingCalendar ForOrDefault(string? unitId) =>
        unitId is not null && _units.TryGetValue(unitId, out var calendar) ? calendar : Default;

    public ServiceLevel Level(string key) =>
        _levels.TryGetValue(key, out var level) ? level
        : throw new KeyNotFoundException($"Unknown service level '{key}'. Known: {string.Join(", ", _levels.Keys.Order())}.");

    public static CalendarSettings Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or TimeZoneNotFoundException)
        {
            throw new InvalidDataException($"{path} is not a valid calendar configuration: {ex.Message}", ex);
        }
    }

    public static CalendarSettings Parse(string json)
    {
        var file = JsonSerializer.Deserialize<CalendarFile>(json, Json) ?? throw new JsonException("The file is empty.");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(file.TimeZone);
        var defaultCalendar = Build(file.Default, null, zone, "default");
        var units = file.Eenheden.ToDictionary(u => u.Id, u => Build(file.Default, u, zone, u.Id), StringComparer.Ordinal);
        var levels = file.ServiceLevels.ToDictionary(l => l.Key, l => new ServiceLevel(l.Key, l.Amount, l.Unit), StringComparer.Ordinal);
        if (levels.Values.FirstOrDefault(l => l.Amount <= 0) is { } bad)
        {
            throw new JsonException($"Service level '{bad.Key}' needs a positive amount.");
        }
        return new CalendarSettings(defaultCalendar, units, levels);
    }

    private static WorkingCalendar Build(CalendarRules defaults, UnitRules? unit, TimeZoneInfo zone, string name) =>
        new(ParseHours(unit?.OfficeHours ?? defaults.OfficeHours, name), unit?.LiberationDay ?? defaults.LiberationDay, zone);

    private static OfficeHours ParseHours(Dictionary<string, string?> text, string name)
    {
        var hours = new Dictionary<DayOfWeek, WorkPeriod>();
        foreach (var (day, value) in text)
        {
            var weekday = Weekdays.TryGetValue(day, out var d) ? d : throw new JsonException($"{name}: unknown weekday '{day}' (use mon..sun).");
            if (value is null)
            {
                continue;
            }
            hours[weekday] = WorkPeriod.TryParse(value, out var period) ? period
                : throw new JsonException($"{name}: office hours '{value}' on {day} are not 'HH:mm-HH:mm'.");
        }
        return new OfficeHours(hours);
    }

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday, ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private sealed record CalendarFile(string TimeZone, CalendarRules Default, IReadOnlyList<UnitRules> Eenheden, IReadOnlyList<LevelRecord> ServiceLevels);

    private sealed record CalendarRules(Dictionary<string, string?> OfficeHours, LiberationDayRule LiberationDay);

    private sealed record UnitRules(string Id, Dictionary<string, string?>? OfficeHours = null, LiberationDayRule? LiberationDay = null);

    private sealed record LevelRecord(string Key, int Amount, ServiceLevelUnit Unit);
}

public sealed class UnknownUnitException(string unitId, IEnumerable<string> known)
    : KeyNotFoundException($"Unknown eenheid '{unitId}'. Known: {string.Join(", ", known.Order())}.")
{
    public string UnitId { get; } = unitId;
}
