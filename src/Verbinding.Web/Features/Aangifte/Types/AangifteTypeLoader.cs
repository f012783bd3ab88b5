using System.Text.Json;

namespace Verbinding.Web.Features.Aangifte;

/// <summary>Reads types.json and checks it against the triage policy; an inconsistent file stops the app at start.</summary>
public static class AangifteTypeLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reference", "aangifte", "types.json");

    public static AangifteTypeCatalog Load(string path, IReadOnlyCollection<string> triageTopics)
    {
        AangifteTypeCatalog catalog;
        try
        {
            using var stream = File.OpenRead(path);
            catalog = JsonSerializer.Deserialize<AangifteTypeCatalog>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid aangifte type file: {ex.Message}", ex);
        }
        var errors = Validate(catalog, triageTopics);
        return errors.Count == 0
            ? catalog
            : throw new InvalidDataException($"{path} is inconsistent:{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", errors));
    }

    public static List<string> Validate(AangifteTypeCatalog catalog, IReadOnlyCollection<string> triageTopics)
    {
        var errors = new List<string>();
        foreach (var dup in catalog.Types.GroupBy(t => t.Id).Where(g => g.Count() > 1))
        {
            errors.Add($"type '{dup.Key}' appears more than once");
        }
        foreach (var type in catalog.Types)
        {
            if (!triageTopics.Contains(type.TriageTopic))
            {
                errors.Add($"type '{type.Id}': triage topic '{type.TriageTopic}' does not exist");
            }
            if (type.OnlineAllowed && (type.Steps.Count == 0 || !type.Steps.Contains("beschrijving")))
            {
                errors.Add($"type '{type.Id}' is online but has no description step");
            }
            errors.AddRange(type.Steps.Where(s => !catalog.Steps.ContainsKey(s)).Select(s => $"type '{type.Id}': unknown step '{s}'"));
            errors.AddRange(type.Rights.Where(r => !RightsQuestions.All.Contains(r)).Select(r => $"type '{type.Id}': unknown rights question '{r}'"));
        }
        foreach (var (id, step) in catalog.Steps)
        {
            var fields = step.Fields.Concat(step.Repeat?.Fields ?? []).ToList();
            errors.AddRange(fields.Where(f => !FieldKinds.All.Contains(f.Kind)).Select(f => $"step '{id}': field '{f.Name}' has unknown kind '{f.Kind}'"));
            errors.AddRange(fields.Where(f => f.Kind == FieldKinds.Choice && (f.Options is null || f.Options.Count == 0))
                .Select(f => $"step '{id}': choice '{f.Name}' has no options"));
            if (step.Repeat is { Max: < 1 or > 20 })
            {
                errors.Add($"step '{id}': repeat max must be 1-20");
            }
        }
        return errors;
    }
}
