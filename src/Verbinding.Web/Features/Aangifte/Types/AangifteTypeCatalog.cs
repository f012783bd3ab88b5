using Verbinding.Triage.Policy;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>reference/aangifte/types.json: the offence types, their wizard steps and fields (versioned data, not code).</summary>
public sealed record AangifteTypeCatalog(string Version, string? Note, IReadOnlyDictionary<string, StepDefinition> Steps, IReadOnlyList<AangifteType> Types)
{
    public AangifteType? Find(string? id) => Types.FirstOrDefault(t => t.Id == id);

    /// <summary>The steps a citizen walks through for a type, in order.</summary>
    /// <remarks>Rights questions appear only when the type asks them (its <c>rights</c> list).</remarks>
    public IReadOnlyList<StepDefinition> StepsFor(AangifteType type) => type.Steps
        .Select(s => Steps[s] with
        {
            Id = s,
            Fields = Steps[s].Fields.Where(f => !RightsQuestions.All.Contains(f.Name) || type.Rights.Contains(f.Name)).ToList(),
        })
        .ToList();
}

public sealed record AangifteType(
    string Id,
    string TriageTopic,
    bool OnlineAllowed,
    LocalizedText Title,
    LocalizedText Help,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Rights);

public sealed record StepDefinition(LocalizedText Title, IReadOnlyList<FieldDefinition> Fields, RepeatDefinition? Repeat = null)
{
    public string Id { get; init; } = "";

    /// <summary>Every field this step may carry, with repeat rows expanded ("items.0.brand").</summary>
    public IEnumerable<(string Key, FieldDefinition Field)> Keys(int rows)
    {
        foreach (var field in Fields)
        {
            yield return (field.Name, field);
        }
        if (Repeat is not null)
        {
            for (var row = 0; row < rows; row++)
            {
                foreach (var field in Repeat.Fields)
                {
                    yield return (Repeat.Key(row, field.Name), field);
                }
            }
        }
    }
}

/// <summary>A group of fields the citizen can fill more than once (items stolen, payments made).</summary>
public sealed record RepeatDefinition(string Name, int Max, LocalizedText ItemTitle, IReadOnlyList<FieldDefinition> Fields)
{
    public string Key(int row, string field) => $"{Name}.{row}.{field}";
}

/// <summary>
/// One input. <see cref="RequiredWith"/>: required when that other field is filled; <see cref="RequiredWhen"/>:
/// "field=value"; <see cref="AfterField"/>: a date that may not lie before that other date.
/// </summary>
public sealed record FieldDefinition(
    string Name,
    string Kind,
    LocalizedText Label,
    bool Required,
    int? MaxLength = null,
    IReadOnlyList<ChoiceOption>? Options = null,
    LocalizedText? Help = null,
    string? RequiredWith = null,
    string? RequiredWhen = null,
    string? AfterField = null);

public sealed record ChoiceOption(string Value, LocalizedText Label);

public static class FieldKinds
{
    public const string Text = "text";
    public const string Textarea = "textarea";
    public const string Date = "date";
    public const string Time = "time";
    public const string Municipality = "municipality";
    public const string Postcode = "postcode";
    public const string HouseNumber = "houseNumber";
    public const string Choice = "choice";
    public const string YesNo = "yesno";
    public const string Amount = "amount";
    public const string Iban = "iban";
    public const string Imei = "imei";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Url = "url";
    public const string FrameNumber = "frameNumber";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        Text, Textarea, Date, Time, Municipality, Postcode, HouseNumber, Choice, YesNo, Amount, Iban, Imei, Phone, Email, Url, FrameNumber,
    };
}
