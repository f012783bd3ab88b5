using Verbinding.Triage.Policy;

namespace Verbinding.Triage.Validation;

internal static class ServiceLevelRules
{
    public static IEnumerable<string> Errors(IReadOnlyList<ServiceLevel> levels, string source)
    {
        foreach (var level in levels)
        {
            var at = $"{source} service level {level.Channel}/{level.RequestType}";
            if (!Channels.All.Contains(level.Channel))
            {
                yield return $"{at}: unknown channel.";
            }
            if (!ServiceDuration.TryParse(level.FirstResponse, out _))
            {
                yield return $"{at}: firstResponse '{level.FirstResponse}' is not a duration (60s, 1h, 1wd).";
            }
            if (level.Resolution is not null && !ServiceDuration.TryParse(level.Resolution, out _))
            {
                yield return $"{at}: resolution '{level.Resolution}' is not a duration (60s, 1h, 1wd).";
            }
        }
        foreach (var duplicate in levels.GroupBy(l => l.Key).Where(g => g.Count() > 1))
        {
            yield return $"{source}: service level {duplicate.Key.Channel}/{duplicate.Key.RequestType} is given more than once.";
        }
    }

    /// <summary>A unit may shorten a national maximum, never lengthen it.</summary>
    public static IEnumerable<string> Lengthened(string? national, string? unit, string at, string measure)
    {
        if (national is null || unit is null
            || !ServiceDuration.TryParse(national, out var max) || !ServiceDuration.TryParse(unit, out var value))
        {
            yield break;
        }
        switch (value.IsLongerThan(max))
        {
            case true:
                yield return $"{at}: {measure} {value} is longer than the national maximum {max}.";
                break;
            case null:
                yield return $"{at}: {measure} {value} cannot be compared with the national maximum {max}; use the same unit.";
                break;
        }
    }
}
