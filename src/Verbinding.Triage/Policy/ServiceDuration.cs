using System.Globalization;

namespace Verbinding.Triage.Policy;

public enum DurationUnit
{
    Seconds,
    Minutes,
    Hours,
    WorkingDays,
}

/// <summary>
/// A service-level time as written in the policy: "60s", "15m", "1h", "1wd" (working days). Working days are kept
/// as such (service clocks skip weekends and holidays), so they only compare with other working-day values.
/// </summary>
public readonly record struct ServiceDuration(int Amount, DurationUnit Unit)
{
    public TimeSpan? AsTimeSpan => Unit switch
    {
        DurationUnit.Seconds => TimeSpan.FromSeconds(Amount),
        DurationUnit.Minutes => TimeSpan.FromMinutes(Amount),
        DurationUnit.Hours => TimeSpan.FromHours(Amount),
        _ => null,
    };

    /// <summary>True when this is longer than <paramref name="other"/>; null when they cannot be compared.</summary>
    public bool? IsLongerThan(ServiceDuration other) =>
        (Unit == DurationUnit.WorkingDays, other.Unit == DurationUnit.WorkingDays) switch
        {
            (true, true) => Amount > other.Amount,
            (false, false) => AsTimeSpan > other.AsTimeSpan,
            _ => null,
        };

    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        DurationUnit.Seconds => "s",
        DurationUnit.Minutes => "m",
        DurationUnit.Hours => "h",
        _ => "wd",
    };

    public static bool TryParse(string? text, out ServiceDuration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var digits = new string(text.TakeWhile(char.IsDigit).ToArray());
        DurationUnit? unit = text[digits.Length..] switch
        {
            "s" => DurationUnit.Seconds,
            "m" => DurationUnit.Minutes,
            "h" => DurationUnit.Hours,
            "wd" => DurationUnit.WorkingDays,
            _ => null,
        };
        if (unit is null || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return false;
        }
        duration = new ServiceDuration(amount, unit.Value);
        return true;
    }

    public static ServiceDuration Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not a service-level duration (e.g. 60s, 1h, 1wd).");
}
