using System.Text.Json;
using Verbinding.Web.Infrastructure.Localization;

namespace Verbinding.Web.Features.Meldingen;

/// <summary>A text in both site languages, as the reference files hold it.</summary>
public sealed record LocalText(string Nl, string En)
{
    public string For(string? language) => language == "en" ? En : Nl;

    /// <summary>In the language of the current request.</summary>
    public override string ToString() => SiteCultures.IsEnglish ? En : Nl;
}

public sealed record QuestionOption(string Id, LocalText Label);

/// <summary>A follow-up question: <c>choice</c> (one of the options), <c>yesno</c> or free <c>text</c>.</summary>
public sealed record CategoryQuestion(string Id, string Type, bool Required, LocalText Label, IReadOnlyList<QuestionOption>? Options = null)
{
    public IReadOnlyList<QuestionOption> Choices => Options ?? [];
}

public sealed record MeldingCategory(
    string Id, LocalText Title, LocalText Help, bool DangerousWhenNow, int RespondWithinDays, IReadOnlyList<CategoryQuestion> Questions);

/// <summary>A public outcome the team can choose; its text is what every reporter reads.</summary>
public sealed record MeldingOutcomeOption(string Id, LocalText Text);

/// <summary>The versioned categories and outcomes from <c>reference/melding-categories.json</c>.</summary>
public sealed record MeldingCatalog(string Version, IReadOnlyList<MeldingCategory> Categories, IReadOnlyList<MeldingOutcomeOption> Outcomes)
{
    public const string FileName = "melding-categories.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public MeldingCategory? Find(string? id) => Categories.FirstOrDefault(c => c.Id == id);

    public MeldingOutcomeOption? FindOutcome(string? id) => Outcomes.FirstOrDefault(o => o.Id == id);

    public static MeldingCatalog Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var catalog = JsonSerializer.Deserialize<MeldingCatalog>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        var duplicate = catalog.Categories.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null || catalog.Categories.Count == 0 || catalog.Outcomes.Count == 0)
        {
            throw new InvalidDataException($"{path}: categories and outcomes must be present and unique.");
        }
        var badChoice = catalog.Categories.SelectMany(c => c.Questions).FirstOrDefault(q => q.Type == "choice" && q.Choices.Count == 0);
        if (badChoice is not null)
        {
            throw new InvalidDataException($"{path}: choice question '{badChoice.Id}' has no options.");
        }
        return catalog;
    }
}
