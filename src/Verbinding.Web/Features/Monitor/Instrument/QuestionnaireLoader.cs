using System.Text.Json;

namespace Verbinding.Web.Features.Monitor.Instrument;

/// <summary>Reads and validates a questionnaire definition; a broken definition stops the application at start.</summary>
public static class QuestionnaireLoader
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reference", "surveys", "politiemonitor-v1.json");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static Questionnaire Load(string path)
    {
        Questionnaire? questionnaire;
        try
        {
            using var stream = File.OpenRead(path);
            questionnaire = JsonSerializer.Deserialize<Questionnaire>(stream, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid questionnaire: {ex.Message}", ex);
        }
        if (questionnaire is null)
        {
            throw new InvalidDataException($"{path} is empty.");
        }
        var errors = QuestionnaireValidator.Validate(questionnaire);
        return errors.Count == 0
            ? questionnaire
            : throw new InvalidDataException($"{path} is inconsistent:{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", errors));
    }
}
