using System.Text.Json;

namespace Verbinding.Web.Features.Help;

/// <summary>Reads the partner list; numbers are data (they change and may differ per region), not code.</summary>
public static class PartnerDirectory
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IReadOnlyList<Partner>> Default = new(() =>
        Load(Path.Combine(AppContext.BaseDirectory, "reference", "partners.json")));

    /// <summary>The partners shipped with the app (read once; the file is copied to the output folder).</summary>
    public static IReadOnlyList<Partner> All => Default.Value;

    public static IReadOnlyList<Partner> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream);
    }

    public static IReadOnlyList<Partner> Parse(Stream json) =>
        JsonSerializer.Deserialize<PartnerFile>(json, JsonOptions)?.Partners
        ?? throw new InvalidDataException("partners.json has no 'partners' list.");

    private sealed record PartnerFile(IReadOnlyList<Partner> Partners);
}
