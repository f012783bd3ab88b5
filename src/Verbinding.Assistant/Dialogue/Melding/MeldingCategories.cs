using System.Text.Json;
using Verbinding.Triage.Policy;

namespace Verbinding.Assistant.Dialogue.Melding;

public sealed record MeldingOption(string Id, LocalizedText Label);

/// <summary>A category's follow-up question: <c>choice</c>, <c>yesno</c> or free <c>text</c>, as in the reference file.</summary>
public sealed record MeldingCategoryQuestion(string Id, string Type, bool Required, LocalizedText Label, IReadOnlyList<MeldingOption>? Options)
{
    public IReadOnlyList<MeldingOption> Choices => Options ?? [];
}

public sealed record MeldingCategory(string Id, LocalizedText Title, bool DangerousWhenNow, IReadOnlyList<MeldingCategoryQuestion> Questions);

/// <summary>
/// The melding categories from the embedded reference/melding-categories.json: the same file the web validates a
/// melding against, so Wout asks exactly the questions the web requires and applies the same 112 rule.
/// </summary>
public sealed class MeldingCategories(IReadOnlyList<MeldingCategory> all)
{
    public static MeldingCategories Default { get; } = LoadEmbedded();

    public IReadOnlyList<MeldingCategory> All { get; } = all;

    public MeldingCategory? Find(string? id) => All.FirstOrDefault(c => c.Id == id);

    private static MeldingCategories LoadEmbedded()
    {
        using var stream = typeof(MeldingCategories).Assembly.GetManifestResourceStream("melding-categories.json")
            ?? throw new InvalidOperationException("Embedded melding-categories.json is missing.");
        var file = JsonSerializer.Deserialize<CategoriesFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("melding-categories.json is empty.");
        return new MeldingCategories(file.Categories);
    }

    private sealed record CategoriesFile(List<MeldingCategory> Categories);
}
