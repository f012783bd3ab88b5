namespace Verbinding.Web.Features.Aangifte;

public sealed record StepCheck(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Validates one wizard step: each field by kind, then the rules between fields (required-with, required-when,
/// date ranges, not in the future) and repeat rows (a row counts once any of its fields is filled; at least one).
/// </summary>
public sealed class StepValidator(FieldValidator fields)
{
    public StepCheck Check(StepDefinition step, IReadOnlyDictionary<string, string> raw, int rows, DateTimeOffset localNow)
    {
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var values = new Dictionary<string, string>();
        var errors = new Dictionary<string, FieldError>();
        foreach (var (key, field) in step.Keys(rows))
        {
            var (value, error) = fields.Check(field, raw.GetValueOrDefault(key), today);
            values[key] = value;
            if (error is not null)
            {
                errors[key] = error;
            }
        }
        CheckRequired(step.Fields, values, errors, prefix: "");
        if (step.Repeat is { } repeat)
        {
            var used = Enumerable.Range(0, rows)
                .Where(r => repeat.Fields.Any(f => values[repeat.Key(r, f.Name)].Length > 0))
                .ToList();
            if (used.Count == 0)
            {
                errors[repeat.Key(0, repeat.Fields[0].Name)] = new FieldError("ErrorRepeatEmpty");
            }
            foreach (var row in used)
            {
                CheckRequired(repeat.Fields, values, errors, prefix: $"{repeat.Name}.{row}.");
            }
        }
        CheckNotInFuture(step, values, errors, localNow);
        return new StepCheck(values, errors);
    }

    private static void CheckRequired(IReadOnlyList<FieldDefinition> defs, Dictionary<string, string> values, Dictionary<string, FieldError> errors, string prefix)
    {
        foreach (var field in defs)
        {
            var key = prefix + field.Name;
            if (errors.ContainsKey(key) || values[key].Length > 0)
            {
                if (field.AfterField is { } after && !errors.ContainsKey(key) && values[key].Length > 0
                    && string.CompareOrdinal(values[key], values.GetValueOrDefault(prefix + after) ?? "") < 0)
                {
                    errors[key] = new FieldError("ErrorDateBeforeStart");
                }
                continue;
            }
            var required = field.Required
                || (field.RequiredWith is { } with && values.GetValueOrDefault(prefix + with) is { Length: > 0 })
                || (field.RequiredWhen?.Split('=') is [var other, var expected] && values.GetValueOrDefault(prefix + other) == expected);
            if (required)
            {
                errors[key] = new FieldError("ErrorRequired");
            }
        }
    }

    /// <summary>A date of today with a time later than now is still in the future.</summary>
    private static void CheckNotInFuture(StepDefinition step, Dictionary<string, string> values, Dictionary<string, FieldError> errors, DateTimeOffset localNow)
    {
        var now = localNow.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (date, time) in new[] { ("date", "time"), ("dateTo", "timeTo") })
        {
            if (step.Fields.Any(f => f.Name == time) && values.GetValueOrDefault(date) is { Length: > 0 } d
                && values.GetValueOrDefault(time) is { Length: > 0 } t && !errors.ContainsKey(time)
                && string.CompareOrdinal($"{d} {t}", now) > 0)
            {
                errors[time] = new FieldError("ErrorDateFuture");
            }
        }
    }
}
