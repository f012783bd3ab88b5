using System.Text.Json;

namespace Verbinding.Triage.Loading;

/// <summary>The part of <c>reference/partners.json</c> triage needs: which partner ids exist and their websites.</summary>
public sealed record PartnerReference(string Id, string Website)
{
    public static IReadOnlyList<PartnerReference> Parse(Stream json) =>
        JsonSerializer.Deserialize<PartnerFile>(json, TriageJson.Options)?.Partners
        ?? throw new InvalidDataException("partners.json has no 'partners' list.");

    private sealed record PartnerFile(IReadOnlyList<PartnerReference> Partners);
}
