using System.Text.Json;

namespace Verbinding.Assistant.Dialogue.Referral;

/// <summary>The referral partners, read from the embedded reference/partners.json (never a copy of the data).</summary>
public sealed class PartnerDirectory
{
    private readonly IReadOnlyDictionary<string, Partner> _partners;

    public PartnerDirectory(IEnumerable<Partner> partners) =>
        _partners = partners.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public static PartnerDirectory Default { get; } = LoadEmbedded();

    public IReadOnlyCollection<Partner> All => [.. _partners.Values];

    public Partner Get(string id) =>
        _partners.TryGetValue(id, out var partner) ? partner : throw new KeyNotFoundException($"No partner '{id}'.");

    public static PartnerDirectory LoadEmbedded()
    {
        using var stream = typeof(PartnerDirectory).Assembly.GetManifestResourceStream("partners.json")
            ?? throw new InvalidOperationException("Embedded partners.json is missing.");
        var file = JsonSerializer.Deserialize<PartnersFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("partners.json is empty.");
        return new PartnerDirectory(file.Partners);
    }

    private sealed record PartnersFile(string Version, List<Partner> Partners);
}
