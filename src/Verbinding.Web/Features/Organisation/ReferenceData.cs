using System.Text.Json;

namespace Verbinding.Web.Features.Organisation;

/// <summary>The organisation reference data from the versioned JSON files in <c>reference/</c>, validated on load.</summary>
public sealed record ReferenceData(
    IReadOnlyList<EenheidRecord> Eenheden,
    IReadOnlyList<MunicipalityRecord> Municipalities,
    IReadOnlyList<BasisteamRecord> Basisteams,
    IReadOnlyList<BureauRecord> Bureaus)
{
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "reference");

    // Missing or null required fields fail loudly instead of becoming nulls in the database.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
    };

    /// <summary>Reads and validates the four files; throws <see cref="InvalidDataException"/> listing every problem.</summary>
    public static ReferenceData Load(string directory)
    {
        var data = new ReferenceData(
            Read<EenhedenFile>(directory, "eenheden.json").Eenheden,
            Read<MunicipalitiesFile>(directory, "municipalities.json").Municipalities,
            Read<BasisteamsFile>(directory, "basisteams.json").Basisteams,
            Read<BureausFile>(directory, "bureaus.json").Bureaus);

        var errors = ReferenceDataValidator.Validate(data);
        if (errors.Count > 0)
        {
            throw new InvalidDataException(
                $"Reference data in '{directory}' is inconsistent:{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", errors));
        }
        return data;
    }

    private static T Read<T>(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        using var stream = File.OpenRead(path);
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not valid reference data: {ex.Message}", ex);
        }
    }
}
