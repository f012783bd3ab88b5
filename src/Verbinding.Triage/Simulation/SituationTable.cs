using System.Text.Json;
using Verbinding.Triage.Loading;

namespace Verbinding.Triage.Simulation;

/// <summary>Reads the situation table; unknown fields are refused so a typo in an answer name cannot go unnoticed.</summary>
public static class SituationTable
{
    public static IReadOnlyList<SituationCase> Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SituationFile>(json, TriageJson.Strict)?.Situations
                ?? throw new InvalidDataException("situations.json has no 'situations' list.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"situations.json: {e.Message}", e);
        }
    }

    public static IReadOnlyList<SituationCase> Load(string path) => Parse(File.ReadAllText(path));

    private sealed record SituationFile(IReadOnlyList<SituationCase> Situations, string? Note);
}
